import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
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

/** An editor in a room of its own (the fake adapter): `room.remote` plays another person's edit. */
async function inRoom(map = start()) {
  const room = createFakeCollaboration(map);
  const handle = { current: null as JourneyMapEditorHandle | null };
  render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor ref={handle} collaboration={room.adapter} />
    </div>,
  );
  await wait(20);
  /** Bea's text for the card arrives, as a live room delivers it. */
  const beaTypes = (text: string) =>
    act(() => room.remote({ ...room.map, cards: room.map.cards.map((c) => ({ ...c, text })) }));
  const openCard = async () => {
    fireEvent.doubleClick(document.querySelector('[data-card-id="c1"]')!);
    await wait(20);
    return screen.getByRole("textbox", { name: "Card text" }) as HTMLTextAreaElement;
  };
  /** Types `text` into the box with the caret at its end, as a person does. */
  const type = (box: HTMLTextAreaElement, text: string) => {
    fireEvent.change(box, { target: { value: text } });
    box.setSelectionRange(text.length, text.length);
  };
  return { room, handle, beaTypes, openCard, type };
}

describe("someone else's words arriving while a card is open", () => {
  it("are merged into the open text, the caret stays where the person types, and finishing saves both", async () => {
    const { room, handle, beaTypes, openCard, type } = await inRoom();
    const box = await openCard();
    type(box, "Orders online at 7am");
    beaTypes("Bea: Orders online");
    await wait(20);
    expect(box.value).toBe("Bea: Orders online at 7am");
    expect([box.selectionStart, box.selectionEnd]).toEqual([box.value.length, box.value.length]);
    type(box, "Bea: Orders online at 7am, then waits");
    fireEvent.keyDown(box, { key: "Enter" });
    await wait(20);
    expect(room.map.cards[0]!.text).toBe("Bea: Orders online at 7am, then waits");
    // One edit, one undo step: Undo takes back Ana's words only.
    expect(room.edits).toHaveLength(1);
    act(() => handle.current!.undo());
    expect(room.map.cards[0]!.text).toBe("Bea: Orders online");
  });

  it("arriving just before the person finishes (the box not shown again yet) are kept too", async () => {
    const { room, beaTypes, openCard, type } = await inRoom();
    const box = await openCard();
    type(box, "Orders online at 7am");
    act(() => {
      room.remote({ ...room.map, cards: room.map.cards.map((c) => ({ ...c, text: "Orders online, paid" })) });
      fireEvent.keyDown(box, { key: "Enter" });
    });
    await wait(20);
    expect(room.map.cards[0]!.text).toBe("Orders online at 7am, paid");
    beaTypes("Orders online at 7am, paid by card");
    await wait(20);
    expect(document.querySelector('[data-card-id="c1"]')!.textContent).toContain(
      "Orders online at 7am, paid by card",
    );
  });

  it("wait while an input method composes a word, then are merged; finishing mid-word keeps both", async () => {
    const { room, beaTypes, openCard, type } = await inRoom();
    const box = await openCard();
    fireEvent.compositionStart(box);
    type(box, "Orders online 七");
    beaTypes("Bea: Orders online");
    await wait(20);
    expect(box.value).toBe("Orders online 七");
    type(box, "Orders online 七時");
    fireEvent.compositionEnd(box);
    await wait(20);
    expect(box.value).toBe("Bea: Orders online 七時");
    expect(box.selectionStart).toBe(box.value.length);
    fireEvent.compositionStart(box);
    type(box, "Bea: Orders online 七時に");
    beaTypes("Bea: Orders online, fresh");
    fireEvent.blur(box);
    await wait(20);
    expect(room.map.cards[0]!.text).toBe("Bea: Orders online 七時に, fresh");
  });

  it("a card opened empty that someone else typed into meanwhile is kept when it is left empty", async () => {
    const map = start();
    map.cards = map.cards.map((c) => ({ ...c, text: "" }));
    const { room, beaTypes, openCard } = await inRoom(map);
    const box = await openCard();
    beaTypes("Bea's note");
    await wait(20);
    expect(box.value).toBe("Bea's note");
    fireEvent.keyDown(box, { key: "Escape" });
    await wait(20);
    expect(room.map.cards.map((c) => c.text)).toEqual(["Bea's note"]);
  });
});
