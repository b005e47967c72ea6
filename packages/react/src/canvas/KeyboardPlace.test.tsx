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
    await waitFor(() => expect(cardElement("added")).toBeNull());
    // Focus moves a frame or two after the card goes.
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.grid).toMatch(/^(card|cell)$/),
    );
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
    await waitFor(() => expect(document.activeElement).toBe(cardElement("k-three")));
  });
});
