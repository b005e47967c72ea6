import type { CollaborationAdapter } from "@journeykit/collab";
import { createCollabAdapter } from "@journeykit/collab";
import { addCard, createCard, getTemplate, updateCard } from "@journeykit/core";
import { act, fireEvent, render, within } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as Y from "yjs";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../editor/JourneyMapEditor.js";
import type { CollaborationAdapterLike } from "./collaboration-adapter.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** Two Y.Docs relaying every update to each other, as a server would, unless `link.up` is false. */
function twoDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = { up: true };
  a.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "relay" && link.up) Y.applyUpdate(b, update, "relay");
  });
  b.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "relay" && link.up) Y.applyUpdate(a, update, "relay");
  });
  /** Back online: each side gets what it missed (a provider's sync on reconnect). */
  const reconnect = () => {
    link.up = true;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "relay");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), "relay");
  };
  return { a, b, link, reconnect };
}

describe("@journeykit/collab's adapter in the editor", () => {
  it("is assignable to the editor's collaboration prop (react declares the shape, never imports collab)", () => {
    expectTypeOf<CollaborationAdapter>().toExtend<CollaborationAdapterLike>();
  });

  it("two editors on two Y.Docs: each sees the other's edit, and each Undo reverts only its own", async () => {
    const { a, b } = twoDocs();
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const ana = createCollabAdapter({ doc: a, initialMap: map, user: { name: "Ana", colour: "#e8590c" } });
    const bea = createCollabAdapter({ doc: b, user: { name: "Bea", colour: "#1c7ed6" } });
    const editorA = createRef<JourneyMapEditorHandle>();
    const editorB = createRef<JourneyMapEditorHandle>();
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor ref={editorA} collaboration={ana} />
        <JourneyMapEditor ref={editorB} collaboration={bea} />
      </div>,
    );
    await flush();
    expect(editorB.current!.getMap().cards.map((c) => c.id)).toEqual(map.cards.map((c) => c.id));

    const cell = { laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id };
    act(() =>
      editorA.current!.apply(addCard, { record: createCard({ id: "by-ana", ...cell, text: "Ana's" }) }),
    );
    await flush();
    expect(editorB.current!.getMap().cards.find((c) => c.id === "by-ana")?.text).toBe("Ana's");

    const first = map.cards[0]!;
    act(() => editorB.current!.apply(updateCard, { id: first.id, changes: { text: "Bea's edit" } }));
    await flush();
    expect(editorA.current!.getMap().cards.find((c) => c.id === first.id)?.text).toBe("Bea's edit");

    act(() => editorA.current!.undo());
    await flush();
    for (const editor of [editorA, editorB]) {
      const cards = editor.current!.getMap().cards;
      expect(cards.some((c) => c.id === "by-ana")).toBe(false);
      expect(cards.find((c) => c.id === first.id)?.text).toBe("Bea's edit");
    }
    act(() => editorA.current!.redo());
    await flush();
    expect(editorB.current!.getMap().cards.some((c) => c.id === "by-ana")).toBe(true);
    ana.destroy();
    bea.destroy();
  });

  it("after a reconnect that merged both editors' offline cards, each one's Undo takes back only their own card, on both screens", async () => {
    const { a, b, link, reconnect } = twoDocs();
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const ana = createCollabAdapter({ doc: a, initialMap: map, user: { name: "Ana", colour: "#e8590c" } });
    const bea = createCollabAdapter({ doc: b, user: { name: "Bea", colour: "#1c7ed6" } });
    const editorA = createRef<JourneyMapEditorHandle>();
    const editorB = createRef<JourneyMapEditorHandle>();
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor ref={editorA} collaboration={ana} />
        <JourneyMapEditor ref={editorB} collaboration={bea} />
      </div>,
    );
    await flush();
    const cell = { laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id };
    // Offline, each adds a card: the editor stamps the map's updatedAt with each edit, so both write it.
    link.up = false;
    act(() => editorA.current!.apply(addCard, { record: createCard({ id: "ana-off", ...cell, text: "A" }) }));
    act(() => editorB.current!.apply(addCard, { record: createCard({ id: "bea-off", ...cell, text: "B" }) }));
    act(() => reconnect());
    await flush();
    const ids = (editor: typeof editorA) => editor.current!.getMap().cards.map((c) => c.id);
    for (const editor of [editorA, editorB])
      expect(ids(editor)).toEqual(expect.arrayContaining(["ana-off", "bea-off"]));

    act(() => editorA.current!.undo());
    await flush();
    for (const editor of [editorA, editorB]) {
      expect(ids(editor)).not.toContain("ana-off");
      expect(ids(editor)).toContain("bea-off");
    }
    act(() => editorB.current!.undo());
    await flush();
    for (const editor of [editorA, editorB]) expect(ids(editor)).toEqual(map.cards.map((c) => c.id));
    expect(editorB.current!.getMap()).toEqual(editorA.current!.getMap());
    ana.destroy();
    bea.destroy();
  });

  it("Bea's words for a card Ana has open reach Ana's box, and Ana finishing keeps them, on both screens", async () => {
    const { a, b } = twoDocs();
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const first = map.cards[0]!;
    const ana = createCollabAdapter({ doc: a, initialMap: map, user: { name: "Ana", colour: "#e8590c" } });
    const bea = createCollabAdapter({ doc: b, user: { name: "Bea", colour: "#1c7ed6" } });
    const editorA = createRef<JourneyMapEditorHandle>();
    const editorB = createRef<JourneyMapEditorHandle>();
    const view = render(
      <>
        <div style={{ width: 1200, height: 800 }} data-testid="ana">
          <JourneyMapEditor ref={editorA} collaboration={ana} />
        </div>
        <div style={{ width: 1200, height: 800 }}>
          <JourneyMapEditor ref={editorB} collaboration={bea} />
        </div>
      </>,
    );
    await flush();
    const anaScreen = view.getByTestId("ana");
    fireEvent.doubleClick(anaScreen.querySelector(`[data-card-id="${first.id}"]`)!);
    await flush();
    const box = within(anaScreen).getByRole("textbox", { name: "Card text" }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: `Ana: ${first.text}` } });
    // Bea finishes her text for the same card (one page holds one focused box: her commit stands in
    // for her typing; the e2e live-typing test has both type in two browsers).
    act(() => editorB.current!.apply(updateCard, { id: first.id, changes: { text: `${first.text} (Bea)` } }));
    await flush();
    expect(box.value).toBe(`Ana: ${first.text} (Bea)`);
    fireEvent.keyDown(box, { key: "Enter" });
    await flush();
    for (const editor of [editorA, editorB])
      expect(editor.current!.getMap().cards[0]!.text).toBe(`Ana: ${first.text} (Bea)`);
    // Ana's Undo takes back her words only.
    act(() => editorA.current!.undo());
    await flush();
    for (const editor of [editorA, editorB])
      expect(editor.current!.getMap().cards[0]!.text).toBe(`${first.text} (Bea)`);
    ana.destroy();
    bea.destroy();
  });
});
