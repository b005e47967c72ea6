import { addCard, createCard, getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, waitFor } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../editor/JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const cardElement = (id: string) =>
  document.querySelector<HTMLElement>(`[data-grid="card"][data-grid-id="${id}"]`);

/** A controlled host that can also change the map itself (`setFromHost`). */
function Host(props: {
  initial: JourneyMap;
  editor: React.Ref<JourneyMapEditorHandle>;
  host: { set?: (map: JourneyMap) => void };
}) {
  const [map, setMap] = useState(props.initial);
  props.host.set = setMap;
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor ref={props.editor} value={map} onChange={setMap} />
    </div>
  );
}

describe("keeping a keyboard user's place (no collaboration)", () => {
  it("Undo taking back the focused card (just added) leaves focus in the map, so Ctrl+Shift+Z brings it back", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    render(
      <Host initial={getTemplate("restaurant-complaint-recovery")!.create()} editor={editor} host={{}} />,
    );
    await flush();
    const map = editor.current!.getMap();
    const record = createCard({
      id: "added",
      laneId: map.lanes[0]!.id,
      stageId: map.stages[0]!.id,
      text: "Added",
    });
    act(() => editor.current!.apply(addCard, { record }));
    await flush();
    act(() => cardElement("added")!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true });
    // Focus moves in the render that takes the card away, no frame later.
    expect(cardElement("added")).toBeNull();
    expect((document.activeElement as HTMLElement).dataset.grid).toMatch(/^(card|cell)$/);
    const place = document.activeElement as HTMLElement;
    expect(place.closest(".jk-root")).not.toBeNull();
    expect(place.dataset.grid).toMatch(/^(card|cell)$/);
    fireEvent.keyDown(place, { key: "z", ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(cardElement("added")).not.toBeNull());
  });

  it("a host's value without the focused card moves focus to the next card of its cell", async () => {
    const initial = getTemplate("restaurant-complaint-recovery")!.create();
    const [lane, stage] = [initial.lanes[0]!.id, initial.stages[0]!.id];
    const cards = ["one", "two", "three"].map((text) =>
      createCard({ id: `k-${text}`, laneId: lane, stageId: stage, text }),
    );
    const host: { set?: (map: JourneyMap) => void } = {};
    const start = { ...initial, cards: [...initial.cards, ...cards] };
    render(<Host initial={start} editor={createRef()} host={host} />);
    await flush();
    act(() => cardElement("k-two")!.focus());
    act(() => host.set!({ ...start, cards: start.cards.filter((c) => c.id !== "k-two") }));
    expect(document.activeElement).toBe(cardElement("k-three"));
  });
});

describe("the focus target in the store, applied by the canvas", () => {
  const cellElement = (laneId: string, stageId: string) =>
    document.querySelector<HTMLElement>(
      `[data-grid="cell"][data-grid-lane="${laneId}"][data-grid-stage="${stageId}"]`,
    );

  it("undo puts focus back where the person was when the step was made, redo where they were at the undo", async () => {
    const initial = getTemplate("restaurant-complaint-recovery")!.create();
    const lane = initial.lanes.find((l) => l.kind === "actions")!.id;
    const [stage, other] = [initial.stages[0]!.id, initial.stages[1]!.id];
    render(<Host initial={initial} editor={createRef()} host={{}} />);
    await flush();
    act(() => cellElement(lane, stage)!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "n" });
    const box = document.activeElement as HTMLTextAreaElement;
    expect(box.tagName).toBe("TEXTAREA");
    fireEvent.change(box, { target: { value: "Greeted at the door" } });
    fireEvent.keyDown(box, { key: "Enter" });
    const card = (document.activeElement as HTMLElement).dataset.gridId!;
    expect((document.activeElement as HTMLElement).dataset.grid).toBe("card");
    // Somewhere else on the map, then undo (the card and its text are one step): focus goes back to
    // where N was pressed, not to the page, nor left where it was.
    act(() => cellElement(lane, other)!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true });
    expect(cardElement(card)).toBeNull();
    expect(document.activeElement).toBe(cellElement(lane, stage));
    // Redo brings the card back and focus to where the person was when they undid it.
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true, shiftKey: true });
    expect(cardElement(card)).not.toBeNull();
    expect(document.activeElement).toBe(cellElement(lane, other));
    // Undone again from the card itself: the step now carries the card, which redo focuses.
    act(() => cardElement(card)!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true });
    fireEvent.keyDown(document.activeElement!, { key: "z", ctrlKey: true, shiftKey: true });
    expect(document.activeElement).toBe(cardElement(card));
  });

  it("a place asked for off screen on a big map is drawn in the same render and focused (no frames waited)", async () => {
    const initial = getTemplate("restaurant-complaint-recovery")!.create();
    const [lane, first, last] = [initial.lanes[0]!.id, initial.stages[0]!.id, initial.stages.at(-1)!.id];
    const many = Array.from({ length: 320 }, (_, i) =>
      createCard({ id: `big-${i}`, laneId: lane, stageId: last, text: `Card ${i}` }),
    );
    const start = { ...initial, cards: [...initial.cards.filter((c) => c.laneId !== lane), ...many] };
    render(<Host initial={start} editor={createRef()} host={{}} />);
    await flush();
    // jsdom gives the canvas no size: only the headers and the Tab stop (the first cell) are drawn.
    expect(document.querySelector("[data-culled]")).not.toBeNull();
    expect(cellElement(lane, last)).toBeNull();
    act(() => cellElement(lane, first)!.focus());
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(cellElement(lane, last));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(cardElement("big-0"));
  });
});
