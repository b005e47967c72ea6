import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { EditorChange } from "../store/editor-change.js";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "./JourneyMapEditor.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const cardIds = (root: ParentNode) =>
  [...root.querySelectorAll("[data-card-id]")].map((node) => node.getAttribute("data-card-id"));

/** A controlled host that keeps every value it ever held, with the editor's props it is given. */
function Host({
  initial,
  values,
  editor,
  apply = () => true,
  onBeforeChange,
}: {
  initial: JourneyMap;
  values: JourneyMap[];
  editor?: React.Ref<JourneyMapEditorHandle>;
  /** Whether the host applies a reported change (the editor cannot tell it was asked). */
  apply?: (change: EditorChange) => boolean;
  onBeforeChange?: (change: EditorChange) => boolean | string | undefined;
}) {
  const [map, setMap] = useState(initial);
  values.push(map);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        ref={editor}
        value={map}
        onChange={(next, change) => {
          if (apply(change)) setMap(next);
        }}
        {...(onBeforeChange ? { onBeforeChange } : {})}
      />
    </div>
  );
}

describe("a controlled editor", () => {
  it("a host refusing an edit in onBeforeChange never sees it on screen or in its value, and the editor says why", async () => {
    const values: JourneyMap[] = [];
    const onBeforeChange = vi.fn((change: EditorChange) =>
      change.operation === "addCard" ? "Only the facilitator adds cards." : true,
    );
    const { container } = render(
      <Host initial={template()} values={values} onBeforeChange={onBeforeChange} />,
    );
    await flush();
    const before = cardIds(container);
    const appeared: string[] = [];
    const watch = new MutationObserver(() => {
      for (const id of cardIds(container)) if (!before.includes(id) && id) appeared.push(id);
    });
    watch.observe(container, { childList: true, subtree: true });

    const target = screen.getByRole("button", { name: /Tells the waiter/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "n" }); // a new card in this cell
    await flush();
    watch.disconnect();

    expect(onBeforeChange).toHaveBeenCalledWith(
      expect.objectContaining({ operation: "addCard", source: "local" }),
    );
    expect(appeared).toEqual([]);
    expect(cardIds(container)).toEqual(before);
    expect(values.every((value) => value.cards.length === values[0]!.cards.length)).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("Not changed: Only the facilitator adds cards.");
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("an edit the host does not apply leaves the screen, and Undo has nothing to undo", async () => {
    const values: JourneyMap[] = [];
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Host initial={template()} values={values} editor={editor} apply={() => false} />);
    await flush();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(screen.getByRole("button", { name: /No staff in sight to tell/ })).toBeTruthy();
    expect(editor.current!.getMap()).toBe(values.at(-1));
    expect(editor.current!.canUndo()).toBe(false);
    expect(screen.getByRole("button", { name: /Undo/ }).hasAttribute("disabled")).toBe(true);
  });

  it("reports each change with its source, and the host's apply() says 'host'", async () => {
    const values: JourneyMap[] = [];
    const changes: EditorChange[] = [];
    const editor = createRef<JourneyMapEditorHandle>();
    render(
      <Host
        initial={template()}
        values={values}
        editor={editor}
        apply={(change) => {
          changes.push(change);
          return true;
        }}
      />,
    );
    await flush();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    act(() => editor.current!.undo());
    await flush();
    const { updateMap } = await import("@journeykit/core");
    act(() => editor.current!.apply(updateMap, { changes: { title: "From the host" } }));
    await flush();
    expect(changes.map((c) => [c.operation, c.source])).toEqual([
      ["removeCard", "local"],
      ["undo", "undo"],
      ["updateMap", "host"],
    ]);
    expect(values.at(-1)!.title).toBe("From the host");
  });
});
