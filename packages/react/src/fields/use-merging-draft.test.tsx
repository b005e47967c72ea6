import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "../index.js";

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** An editor in a room of its own: `remote` plays another person's edit of the map. */
async function inRoom() {
  const map = createJourneyMap({ title: "Bakery" });
  map.stages[0]!.name = "Find us";
  map.cards = [
    createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "Orders online" }),
  ];
  const room = createFakeCollaboration(map);
  const handle = { current: null as JourneyMapEditorHandle | null };
  render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor ref={handle} collaboration={room.adapter} />
    </div>,
  );
  await wait(20);
  const remote = async (change: (map: JourneyMap) => JourneyMap) => {
    act(() => room.remote(change(room.map)));
    await wait(20);
  };
  return { room, handle, remote };
}

/** Types `text` into `box` with the caret at its end, as a person does. */
function type(box: HTMLInputElement | HTMLTextAreaElement, text: string) {
  fireEvent.change(box, { target: { value: text } });
  box.setSelectionRange(text.length, text.length);
}

const inspector = () => screen.getByRole("complementary", { name: "Inspector" });

describe("a text field open while the same text changes on the map", () => {
  it("an Inspector field shows both texts as they arrive, the caret where it was, and saves both as one step", async () => {
    const { room, handle, remote } = await inRoom();
    act(() => document.querySelector<HTMLElement>('[data-card-id="c1"]')!.focus());
    await wait(20);
    const field = within(inspector()).getByLabelText("Text") as HTMLTextAreaElement;
    act(() => field.focus());
    type(field, "Orders online at 7am");
    field.setSelectionRange(13, 13); // back after "online", about to type there
    await remote((map) => ({ ...map, cards: map.cards.map((c) => ({ ...c, text: "Often orders online" })) }));
    expect(field.value).toBe("Often orders online at 7am");
    expect(field.selectionStart).toBe("Often orders online".length);
    fireEvent.blur(field);
    await wait(20);
    expect(room.map.cards[0]!.text).toBe("Often orders online at 7am");
    expect(room.edits).toHaveLength(1);
    act(() => handle.current!.undo());
    expect(room.map.cards[0]!.text).toBe("Often orders online");
  });

  it("a stage renamed in place keeps the new name someone else gave it meanwhile", async () => {
    const { room, remote } = await inRoom();
    fireEvent.doubleClick(screen.getAllByRole("button", { name: /^Stage 1: Find us/ })[0]!);
    await wait(20);
    const input = screen.getByRole("textbox", { name: "Stage name" }) as HTMLInputElement;
    type(input, "Find us online");
    await remote((map) => ({
      ...map,
      stages: map.stages.map((s, i) => (i === 0 ? { ...s, name: "Find us fast" } : s)),
    }));
    expect(input.value).toBe("Find us online fast");
    fireEvent.keyDown(input, { key: "Enter" });
    await wait(20);
    expect(room.map.stages[0]!.name).toBe("Find us online fast");
  });

  it("a number is not merged: what arrives replaces what is typed", async () => {
    const { remote } = await inRoom();
    act(() => document.querySelector<HTMLElement>('[data-card-id="c1"]')!.focus());
    await wait(20);
    const votes = within(inspector()).getByLabelText("Votes") as HTMLInputElement;
    fireEvent.change(votes, { target: { value: "3" } });
    await remote((map) => ({ ...map, cards: map.cards.map((c) => ({ ...c, votes: 4 })) }));
    expect(votes.value).toBe("4");
  });
});
