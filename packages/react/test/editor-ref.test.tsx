import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../src/index.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function Host({ initial, editor }: { initial: JourneyMap; editor: React.Ref<JourneyMapEditorHandle> }) {
  const [map, setMap] = useState(initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor ref={editor} value={map} onChange={setMap} />
    </div>
  );
}

describe("a ref to <JourneyMapEditor>", () => {
  it("attaches the handle (forwardRef: React 18.3 does not pass ref as a prop)", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host initial={template()} editor={editor} />);
    await flush();
    expect(editor.current).not.toBeNull();
    expect(Object.keys(editor.current!).sort()).toEqual(
      [
        "apply",
        "canRedo",
        "canUndo",
        "fitReadable",
        "fitView",
        "focusStage",
        "getDrafts",
        "getElement",
        "getMap",
        "getSelection",
        "redo",
        "restoreDrafts",
        "showPanel",
        "undo",
      ].sort(),
    );
    expect(JourneyMapEditor.displayName).toBe("JourneyMapEditor");
  });

  it("reads the live map, undoes and redoes an edit through the handle", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host initial={template()} editor={editor} />);
    await flush();
    const before = editor.current!.getMap().cards.length;
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(editor.current!.getMap().cards.length).toBe(before - 1);
    act(() => editor.current!.undo());
    await flush();
    expect(editor.current!.getMap().cards.length).toBe(before);
    expect(screen.getByRole("button", { name: /No staff in sight to tell/ })).toBeTruthy();
    act(() => editor.current!.redo());
    await flush();
    expect(editor.current!.getMap().cards.some((c) => c.text === "No staff in sight to tell")).toBe(false);
  });

  it("says whether there is something to undo or redo, and what is selected", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host initial={template()} editor={editor} />);
    await flush();
    expect([editor.current!.canUndo(), editor.current!.canRedo()]).toEqual([false, false]);
    expect(editor.current!.getSelection()).toBeNull();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    const id = target.closest("[data-card-id]")!.getAttribute("data-card-id");
    expect(editor.current!.getSelection()).toEqual({ kind: "card", id });
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect([editor.current!.canUndo(), editor.current!.canRedo()]).toEqual([true, false]);
    expect(editor.current!.getSelection()).not.toEqual({ kind: "card", id }); // focus went to the next card
    act(() => editor.current!.undo());
    await flush();
    expect([editor.current!.canUndo(), editor.current!.canRedo()]).toEqual([false, true]);
  });

  it("gives the editor's root element for export, and fits the view without throwing", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host initial={template()} editor={editor} />);
    await flush();
    const element = editor.current!.getElement();
    expect(element).toBe(screen.getByRole("region", { name: "Journey map editor" }));
    expect(element?.classList.contains("jk-root")).toBe(true);
    expect(() => editor.current!.fitView()).not.toThrow();
  });

  it("is null again after the editor unmounts", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    const { unmount } = render(<Host initial={template()} editor={editor} />);
    await flush();
    expect(editor.current).not.toBeNull();
    unmount();
    expect(editor.current).toBeNull();
  });
});
