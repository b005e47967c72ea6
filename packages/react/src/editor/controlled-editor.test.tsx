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

  it("a refused card text stays open with every word typed; finishing again with the same words leaves them", async () => {
    const values: JourneyMap[] = [];
    const onBeforeChange = (change: EditorChange) =>
      change.operation === "updateCard" && JSON.stringify(change.args).includes("refund")
        ? "No promises of refunds on the map."
        : true;
    render(<Host initial={template()} values={values} onBeforeChange={onBeforeChange} />);
    await flush();
    const original = values[0]!.cards.find((card) => card.text.startsWith("Tells the waiter"))!;
    const card = screen.getByRole("button", { name: /Tells the waiter/ });
    act(() => card.focus());
    fireEvent.keyDown(card, { key: "Enter" });
    await flush();
    const typed = "Tells the waiter and asks for a refund";
    fireEvent.change(screen.getByRole("textbox", { name: "Card text" }), { target: { value: typed } });
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Card text" }), { key: "Enter" });
    await flush();

    expect(screen.getByRole("alert").textContent).toBe("Not changed: No promises of refunds on the map.");
    const box = screen.getByRole("textbox", { name: "Card text" }) as HTMLTextAreaElement;
    expect(box.value).toBe(typed);
    expect(document.activeElement).toBe(box);
    expect(values.every((value) => !value.cards.some((c) => c.text === typed))).toBe(true);

    // Changed words are asked again and saved; the same refused words, finished again, are left.
    fireEvent.change(box, { target: { value: "Tells the waiter and asks for help" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await flush();
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();
    expect(values.at(-1)!.cards.find((c) => c.id === original.id)!.text).toBe(
      "Tells the waiter and asks for help",
    );

    const again = screen.getByRole("button", { name: /Tells the waiter and asks for help/ });
    act(() => again.focus());
    fireEvent.keyDown(again, { key: "Enter" });
    await flush();
    fireEvent.change(screen.getByRole("textbox", { name: "Card text" }), { target: { value: typed } });
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Card text" }), { key: "Enter" });
    await flush();
    expect(screen.getByRole("textbox", { name: "Card text" })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Card text" }), { key: "Escape" });
    await flush();
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();
    expect(values.at(-1)!.cards.find((c) => c.id === original.id)!.text).toBe(
      "Tells the waiter and asks for help",
    );
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
