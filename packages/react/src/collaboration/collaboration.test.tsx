import { addCard, createCard, getTemplate, type JourneyMap, updateCard } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../editor/JourneyMapEditor.js";
import type { CollaborationAdapterLike } from "./collaboration-adapter.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const template = () => getTemplate("restaurant-complaint-recovery")!.create();

function withCard(map: JourneyMap, id: string, text: string): JourneyMap {
  const card = createCard({ id, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text });
  return { ...map, cards: [...map.cards, card] };
}

function Controlled(props: {
  adapter: CollaborationAdapterLike;
  initial: JourneyMap;
  seen: JourneyMap[];
  editor: React.Ref<JourneyMapEditorHandle>;
  readOnly?: boolean;
}) {
  const [map, setMap] = useState(props.initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        ref={props.editor}
        value={map}
        readOnly={props.readOnly ?? false}
        collaboration={props.adapter}
        onChange={(next) => {
          props.seen.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}

describe("<JourneyMapEditor collaboration>", () => {
  it("shows another participant's edit and reports it through onChange (controlled)", async () => {
    const room = createFakeCollaboration(template());
    const seen: JourneyMap[] = [];
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Controlled adapter={room.adapter} initial={room.map} seen={seen} editor={editor} />);
    await flush();
    act(() => room.remote(withCard(room.map, "from-bea", "Bea's sticky note")));
    await flush();
    expect(screen.getAllByText("Bea's sticky note").length).toBeGreaterThan(0);
    expect(seen.at(-1)!.cards.some((c) => c.id === "from-bea")).toBe(true);
    expect(editor.current!.getMap()).toBe(room.map);
    // Not this user's edit: nothing to undo.
    expect((screen.getByRole("button", { name: /Undo/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(room.edits).toHaveLength(0);
  });

  it("uncontrolled with no map given: shows the room's map, and a remote edit still reaches onChange", async () => {
    const room = createFakeCollaboration(template());
    const seen: JourneyMap[] = [];
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor collaboration={room.adapter} onChange={(map) => seen.push(map)} />
      </div>,
    );
    await flush();
    expect(screen.getAllByText(room.map.stages[0]!.name).length).toBeGreaterThan(0);
    act(() => room.remote(withCard(room.map, "from-bea", "Uncontrolled note")));
    await flush();
    expect(screen.getAllByText("Uncontrolled note").length).toBeGreaterThan(0);
    expect(seen).toHaveLength(1);
  });

  it("hands every local edit to applyLocal with the map shown before, the new map and its patches", async () => {
    const room = createFakeCollaboration(template());
    const seen: JourneyMap[] = [];
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Controlled adapter={room.adapter} initial={room.map} seen={seen} editor={editor} />);
    await flush();
    const before = editor.current!.getMap();
    const card = createCard({ laneId: before.lanes[0]!.id, stageId: before.stages[0]!.id, text: "Mine" });
    act(() => editor.current!.apply(addCard, { record: card }));
    await flush();
    expect(room.edits).toHaveLength(1);
    const [edit] = room.edits;
    expect(edit!.previous).toBe(before);
    expect(edit!.next).toBe(editor.current!.getMap());
    expect(edit!.next.cards.at(-1)!.text).toBe("Mine");
    expect(edit!.patches.some((p) => p.path[0] === "cards" && p.op === "add")).toBe(true);
    expect(edit!.merge).toBe(false);
    expect(seen.at(-1)).toBe(edit!.next);
  });

  it("Undo (button and Ctrl+Z) asks the adapter, never the editor's own history", async () => {
    const room = createFakeCollaboration(template());
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={editor} />);
    await flush();
    const start = editor.current!.getMap();
    const cardId = start.cards[0]!.id;
    act(() => editor.current!.apply(updateCard, { id: cardId, changes: { text: "first" } }));
    act(() => editor.current!.apply(updateCard, { id: cardId, changes: { text: "second" } }));
    await flush();
    const undo = screen.getByRole("button", { name: /Undo/ }) as HTMLButtonElement;
    expect(undo.disabled).toBe(false);
    fireEvent.click(undo);
    await flush();
    expect(room.calls.undo).toBe(1);
    expect(editor.current!.getMap().cards[0]!.text).toBe("first");
    fireEvent.keyDown(screen.getByRole("region", { name: "Journey map editor" }), {
      key: "z",
      ctrlKey: true,
    });
    await flush();
    expect(room.calls.undo).toBe(2);
    expect(editor.current!.getMap().cards[0]!.text).toBe(start.cards[0]!.text);
    // The adapter's history is empty now: had the editor recorded the edits too, Undo would stay enabled.
    expect(undo.disabled).toBe(true);
    act(() => editor.current!.undo());
    expect(room.calls.undo).toBe(3);
    expect(editor.current!.getMap().cards[0]!.text).toBe(start.cards[0]!.text);
    act(() => editor.current!.redo());
    await flush();
    expect(room.calls.redo).toBe(1);
    expect(editor.current!.getMap().cards[0]!.text).toBe("first");
    // Undo / redo results are changes the editor did not make: never shared back as local edits.
    expect(room.edits).toHaveLength(2);
  });

  it("readOnly refuses edits and undo even while collaborating, and still shows others' edits", async () => {
    const room = createFakeCollaboration(template());
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={editor} readOnly />);
    await flush();
    const before = editor.current!.getMap();
    act(() => editor.current!.apply(updateCard, { id: before.cards[0]!.id, changes: { text: "nope" } }));
    act(() => editor.current!.undo());
    await flush();
    expect(room.edits).toHaveLength(0);
    expect(room.calls.undo).toBe(0);
    expect(editor.current!.getMap()).toBe(before);
    act(() => room.remote(withCard(room.map, "from-bea", "Seen while locked")));
    await flush();
    expect(editor.current!.getMap().cards.some((c) => c.id === "from-bea")).toBe(true);
  });
});

describe("a keyboard user while others edit", () => {
  const cardElement = (id: string) =>
    document.querySelector<HTMLElement>(`[data-grid="card"][data-grid-id="${id}"]`);
  const withCards = () =>
    ["one", "two", "three"].reduce((map, text) => withCard(map, `k-${text}`, text), template());

  it("keeps focus on the focused card through others' changes, even to that card", async () => {
    const room = createFakeCollaboration(withCards());
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={createRef()} />);
    await flush();
    act(() => cardElement("k-two")!.focus());
    expect(document.activeElement).toBe(cardElement("k-two"));
    const retype = (id: string, text: string) =>
      act(() =>
        room.remote({ ...room.map, cards: room.map.cards.map((c) => (c.id === id ? { ...c, text } : c)) }),
      );
    retype("k-one", "one, by Bea");
    await flush();
    retype("k-two", "two, by Bea");
    await flush();
    expect(screen.getAllByText("two, by Bea").length).toBeGreaterThan(0);
    expect(document.activeElement).toBe(cardElement("k-two"));
  });

  it("moves focus to the next card in the cell when another participant removes the focused card; Ctrl+Z still reaches the editor", async () => {
    const room = createFakeCollaboration(withCards());
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={createRef()} />);
    await flush();
    act(() => cardElement("k-two")!.focus());
    act(() => room.remote({ ...room.map, cards: room.map.cards.filter((c) => c.id !== "k-two") }));
    await waitFor(() => expect(cardElement("k-two")).toBeNull());
    // Focus moves a frame or two after the card goes (more on a loaded machine).
    await waitFor(() => expect(document.activeElement).toBe(cardElement("k-three")));
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true });
    expect(room.calls.undo).toBe(1);
  });

  it("lands on a card still there when the next card goes too before focus moved (two quick removals)", async () => {
    const room = createFakeCollaboration(withCards());
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={createRef()} />);
    await flush();
    act(() => cardElement("k-two")!.focus());
    const remove = (id: string) =>
      act(() => room.remote({ ...room.map, cards: room.map.cards.filter((c) => c.id !== id) }));
    remove("k-two");
    remove("k-three");
    await waitFor(() => expect(document.activeElement).toBe(cardElement("k-one")));
  });

  it("this user's own undo taking back the focused card (a card they added) leaves focus in the map", async () => {
    const room = createFakeCollaboration(template());
    const editor = createRef<JourneyMapEditorHandle>();
    render(<Controlled adapter={room.adapter} initial={room.map} seen={[]} editor={editor} />);
    await flush();
    const before = editor.current!.getMap();
    const [lane, stage] = [before.lanes[0]!, before.stages[0]!];
    act(() =>
      editor.current!.apply(addCard, {
        record: createCard({ id: "added", laneId: lane.id, stageId: stage.id, text: "Added" }),
      }),
    );
    await flush();
    act(() => cardElement("added")!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true });
    await waitFor(() => expect(cardElement("added")).toBeNull());
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.grid).toMatch(/^(card|cell)$/),
    );
    const place = document.activeElement as HTMLElement;
    expect(place.closest(".jk-root")).not.toBeNull();
    expect(place.dataset.grid).toMatch(/^(card|cell)$/);
    // The next Ctrl+Shift+Z reaches the editor: the card comes back.
    fireEvent.keyDown(place, { key: "z", ctrlKey: true, shiftKey: true });
    expect(room.calls.redo).toBe(1);
    await waitFor(() => expect(cardElement("added")).not.toBeNull());
  });
});
