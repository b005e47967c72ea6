import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../index.js";

function start(): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  map.cards = [
    createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "Orders online" }),
  ];
  return map;
}
function Host({
  saved,
  handle,
}: {
  saved: JourneyMap[];
  handle: { current: JourneyMapEditorHandle | null };
}) {
  const [map, setMap] = useState(start);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        ref={handle}
        value={map}
        onChange={(next) => {
          saved.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe("typing into a card", () => {
  it("starts from the card's text and is saved when the page is hidden, before the editor closes", async () => {
    const saved: JourneyMap[] = [];
    const handle = { current: null as JourneyMapEditorHandle | null };
    render(<Host saved={saved} handle={handle} />);
    await wait(20);
    fireEvent.doubleClick(document.querySelector('[data-card-id="c1"]')!);
    await wait(20);
    const box = screen.getByRole("textbox", { name: "Card text" }) as HTMLTextAreaElement;
    expect(box.value).toBe("Orders online");
    fireEvent.change(box, { target: { value: "Orders online at 7am, then waits" } });
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(saved.at(-1)!.cards[0]!.text).toBe("Orders online at 7am, then waits");
    // All of it is one undo step.
    act(() => handle.current!.undo());
    expect(saved.at(-1)!.cards[0]!.text).toBe("Orders online");
  });

  it("a new card left empty (Escape) is removed, and nothing is left to undo for it", async () => {
    const saved: JourneyMap[] = [];
    const handle = { current: null as JourneyMapEditorHandle | null };
    render(<Host saved={saved} handle={handle} />);
    await wait(20);
    document.querySelector<HTMLElement>('[data-card-id="c1"]')!.focus();
    fireEvent.keyDown(document.querySelector('[data-card-id="c1"]')!, { key: "n" });
    await wait(20);
    expect(saved.at(-1)!.cards).toHaveLength(2);
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Card text" }), { key: "Escape" });
    await wait(20);
    expect(saved.at(-1)!.cards.map((c) => c.id)).toEqual(["c1"]);
    expect(screen.queryByText("Empty card")).toBeNull();
    act(() => handle.current!.undo());
    expect(saved.at(-1)!.cards.map((c) => c.id)).toEqual(["c1"]);
  });
});
