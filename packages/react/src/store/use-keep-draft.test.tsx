import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
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

/** A host that locks the map from outside (as a facilitator's lock reaches a participant's editor). */
function Host({
  saved,
  handle,
}: {
  saved: JourneyMap[];
  handle: { current: JourneyMapEditorHandle | null };
}) {
  const [map, setMap] = useState(start);
  const [locked, setLocked] = useState(false);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <button type="button" onClick={() => setLocked(true)}>
        Lock from outside
      </button>
      <JourneyMapEditor
        ref={handle}
        value={map}
        readOnly={locked}
        onChange={(next) => {
          saved.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
/** The lock arrives without the text box losing focus first (no blur: the host just re-renders). */
const lock = () => act(() => screen.getByRole("button", { name: "Lock from outside" }).click());

describe("the editor turning read-only while someone types", () => {
  it("saves the card text being typed and closes the text box", async () => {
    const saved: JourneyMap[] = [];
    const handle = { current: null as JourneyMapEditorHandle | null };
    render(<Host saved={saved} handle={handle} />);
    await wait(20);
    fireEvent.doubleClick(document.querySelector('[data-card-id="c1"]')!);
    await wait(20);
    const box = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(box, { target: { value: "Orders online at 7am" } });
    lock();
    await wait(20);
    expect(saved.at(-1)!.cards[0]!.text).toBe("Orders online at 7am");
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();
    expect(document.querySelector('[data-card-id="c1"]')!.textContent).toContain("Orders online at 7am");
  });

  it("a new card left empty is removed rather than kept empty", async () => {
    const saved: JourneyMap[] = [];
    const handle = { current: null as JourneyMapEditorHandle | null };
    render(<Host saved={saved} handle={handle} />);
    await wait(20);
    act(() => (document.querySelector('[data-card-id="c1"]') as HTMLElement).focus());
    fireEvent.keyDown(document.activeElement!, { key: "n" });
    await wait(20);
    expect(saved.at(-1)!.cards).toHaveLength(2);
    lock();
    await wait(20);
    expect(saved.at(-1)!.cards.map((card) => card.text)).toEqual(["Orders online"]);
  });

  it("saves an Inspector field and a stage name being typed", async () => {
    const saved: JourneyMap[] = [];
    const handle = { current: null as JourneyMapEditorHandle | null };
    render(<Host saved={saved} handle={handle} />);
    await wait(20);
    act(() => (document.querySelector('[data-card-id="c1"]') as HTMLElement).focus());
    await wait(20);
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    fireEvent.change(within(inspector).getByLabelText("Text"), { target: { value: "Orders by phone" } });
    fireEvent.doubleClick(screen.getAllByRole("button", { name: /^Stage 1/ })[0]!);
    await wait(20);
    fireEvent.change(screen.getByRole("textbox", { name: "Stage name" }), {
      target: { value: "Discover us" },
    });
    lock();
    await wait(20);
    const last = saved.at(-1)!;
    expect(last.cards[0]!.text).toBe("Orders by phone");
    expect(last.stages[0]!.name).toBe("Discover us");
  });
});
