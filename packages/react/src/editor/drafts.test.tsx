import { createCard, createJourneyMap, createPersona, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type Draft, JourneyMapEditor, type JourneyMapEditorHandle } from "../index.js";

function start(): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  map.cards = [
    createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "Orders online" }),
  ];
  map.personas = [createPersona({ id: "ana", name: "Ana", color: "#2f80ed", needs: ["Bread by 7am"] })];
  return map;
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** An editor whose drafts are collected as a host would keep them; `saved` gets every map. */
async function open(map = start()) {
  const reported: (readonly Draft[])[] = [];
  const saved: JourneyMap[] = [];
  const handle = { current: null as JourneyMapEditorHandle | null };
  render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        ref={handle}
        defaultValue={map}
        onChange={(next) => saved.push(next)}
        onDraftsChange={(drafts) => reported.push(drafts)}
      />
    </div>,
  );
  await wait(20);
  return { reported, saved, handle, last: () => reported.at(-1) ?? [] };
}

const card = () => document.querySelector<HTMLElement>('[data-card-id="c1"]')!;
const inspector = () => screen.getByRole("complementary", { name: "Inspector" });

describe("open drafts are reported to the host as they are typed", () => {
  it("a card's text on the canvas, until Enter puts it on the map", async () => {
    const { last, saved } = await open();
    fireEvent.doubleClick(card());
    await wait(20);
    const box = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(box, { target: { value: "Orders online at 7" } });
    fireEvent.change(box, { target: { value: "Orders online at 7am" } });
    expect(last()).toEqual([
      {
        target: { kind: "card", id: "c1" },
        field: "text",
        place: "canvas",
        base: "Orders online",
        text: "Orders online at 7am",
      },
    ]);
    // Typing made no edit.
    expect(saved).toEqual([]);
    fireEvent.keyDown(box, { key: "Enter" });
    await wait(20);
    expect(last()).toEqual([]);
    expect(saved.at(-1)!.cards[0]!.text).toBe("Orders online at 7am");
  });

  it("a stage renamed in place", async () => {
    const { last, handle } = await open();
    const stage = handle.current!.getMap().stages[0]!;
    fireEvent.doubleClick(screen.getAllByRole("button", { name: /^Stage 1/ })[0]!);
    await wait(20);
    fireEvent.change(screen.getByRole("textbox", { name: "Stage name" }), { target: { value: "Find us" } });
    expect(last()).toEqual([
      {
        target: { kind: "stage", id: stage.id },
        field: "name",
        place: "canvas",
        base: stage.name,
        text: "Find us",
      },
    ]);
  });

  it("an Inspector field, named by its label, and a number field", async () => {
    const { last } = await open();
    act(() => card().focus());
    await wait(20);
    fireEvent.change(within(inspector()).getByLabelText("Text"), { target: { value: "Orders by phone" } });
    fireEvent.change(within(inspector()).getByLabelText("Votes"), { target: { value: "4" } });
    expect(last().map(({ field, place, target, text }) => [field, place, target.id, text])).toEqual([
      ["Text", "inspector", "c1", "Orders by phone"],
      ["Votes", "inspector", "c1", "4"],
    ]);
    // Escape puts the old text back: nothing left to keep.
    fireEvent.keyDown(within(inspector()).getByLabelText("Text"), { key: "Escape" });
    await wait(10);
    expect(last().map((d) => d.field)).toEqual(["Votes"]);
  });

  it("a persona board's quote and the add box of its needs", async () => {
    const { last } = await open();
    fireEvent.click(
      within(screen.getByRole("list", { name: "Personas on this map" })).getByRole("button", { name: /Ana/ }),
    );
    await wait(20);
    const board = screen.getByRole("dialog");
    fireEvent.change(within(board).getByLabelText("Quote"), { target: { value: "Warm bread, no queue" } });
    fireEvent.change(within(board).getByRole("textbox", { name: "Add to Needs" }), {
      target: { value: "Pay by phone" },
    });
    expect(last().map(({ field, place, target, text }) => [field, place, target.id, text])).toEqual([
      ["Quote", "personaBoard", "ana", "Warm bread, no queue"],
      ["Add to needs", "personaBoard", "ana", "Pay by phone"],
    ]);
    // An entry of a list, named by its place in the list.
    fireEvent.change(within(board).getByRole("textbox", { name: "Needs 1" }), {
      target: { value: "Bread by 6:30" },
    });
    expect(last().at(-1)).toEqual({
      target: { kind: "persona", id: "ana" },
      field: "Needs 1",
      place: "personaBoard",
      base: "Bread by 7am",
      text: "Bread by 6:30",
    });
  });

  it("a new card open with nothing typed is an open draft, with nothing unsaved", async () => {
    const { last, saved } = await open();
    act(() => card().focus());
    fireEvent.keyDown(document.activeElement!, { key: "n" });
    await wait(20);
    const added = saved.at(-1)!.cards.find((c) => c.id !== "c1")!;
    expect(last()).toEqual([
      { target: { kind: "card", id: added.id }, field: "text", place: "canvas", base: "", text: "" },
    ]);
  });
});

describe("restoreDrafts reopens what was being typed", () => {
  it("a card opens for editing with the typed text, and Enter puts it on the map", async () => {
    const { handle, saved } = await open();
    let left: Draft[] = [];
    act(() => {
      left = handle.current!.restoreDrafts([
        {
          target: { kind: "card", id: "c1" },
          field: "text",
          place: "canvas",
          base: "Orders online",
          text: "Orders at 7am",
        },
      ]);
    });
    await wait(20);
    expect(left).toEqual([]);
    const box = screen.getByRole("textbox", { name: "Card text" }) as HTMLTextAreaElement;
    expect(box.value).toBe("Orders at 7am");
    // Ready to go on typing: focused, the caret after the text (a key never replaces it).
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([13, 13]);
    expect(handle.current!.getDrafts().map((d) => d.text)).toEqual(["Orders at 7am"]);
    fireEvent.keyDown(box, { key: "Enter" });
    await wait(20);
    expect(saved.at(-1)!.cards[0]!.text).toBe("Orders at 7am");
    expect(handle.current!.getDrafts()).toEqual([]);
  });

  it("a new card left open empty opens again for typing, and leaving it empty removes it", async () => {
    const map = start();
    map.cards.push(createCard({ id: "c2", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "" }));
    const { handle, saved } = await open(map);
    act(() => {
      handle.current!.restoreDrafts([
        { target: { kind: "card", id: "c2" }, field: "text", place: "canvas", base: "", text: "" },
      ]);
    });
    await wait(20);
    const box = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.keyDown(box, { key: "Escape" });
    await wait(20);
    expect(saved.at(-1)!.cards.map((c) => c.id)).toEqual(["c1"]);
  });

  it("an Inspector field shows the typed text on its record", async () => {
    const { handle } = await open();
    const stageId = handle.current!.getMap().stages[0]!.id;
    act(() => {
      handle.current!.restoreDrafts([
        {
          target: { kind: "stage", id: stageId },
          field: "Description",
          place: "inspector",
          base: "",
          text: "Finds us on a map app",
        },
      ]);
    });
    await wait(20);
    const field = within(inspector()).getByLabelText("Description") as HTMLTextAreaElement;
    expect(field.value).toBe("Finds us on a map app");
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe("Finds us on a map app".length);
  });

  it("a map field shows the typed text even though the map's Inspector was already on screen", async () => {
    const { handle, last } = await open();
    const id = handle.current!.getMap().id;
    act(() => {
      handle.current!.restoreDrafts([
        {
          target: { kind: "map", id },
          field: "Title",
          place: "inspector",
          base: "Bakery",
          text: "Bakery, mornings",
        },
      ]);
    });
    await wait(20);
    expect((within(inspector()).getByLabelText("Title") as HTMLInputElement).value).toBe("Bakery, mornings");
    expect(last().map((d) => d.text)).toEqual(["Bakery, mornings"]);
  });

  it("a header's rename field", async () => {
    const { handle } = await open();
    const stageId = handle.current!.getMap().stages[0]!.id;
    act(() => {
      handle.current!.restoreDrafts([
        { target: { kind: "stage", id: stageId }, field: "name", place: "canvas", base: "", text: "Find us" },
      ]);
    });
    await wait(20);
    expect((screen.getByRole("textbox", { name: "Stage name" }) as HTMLInputElement).value).toBe("Find us");
  });

  it("a persona's board", async () => {
    const { handle } = await open();
    act(() => {
      handle.current!.restoreDrafts([
        {
          target: { kind: "persona", id: "ana" },
          field: "Needs 2",
          place: "personaBoard",
          base: "",
          text: "x",
        },
        {
          target: { kind: "persona", id: "ana" },
          field: "Quote",
          place: "personaBoard",
          base: "",
          text: "Warm bread",
        },
      ]);
    });
    await wait(20);
    const board = screen.getByRole("dialog");
    const quote = within(board).getByLabelText("Quote") as HTMLTextAreaElement;
    expect(quote.value).toBe("Warm bread");
    expect(document.activeElement).toBe(quote);
    // A list entry that no longer exists has no field to take it up: it stays open, so it is not lost.
    expect(handle.current!.getDrafts().map((d) => d.field)).toEqual(["Needs 2", "Quote"]);
  });

  it("hands back drafts whose record is gone, and forgets those the map already holds", async () => {
    const { handle } = await open();
    const gone: Draft = {
      target: { kind: "card", id: "removed" },
      field: "text",
      place: "canvas",
      base: "",
      text: "Lost?",
    };
    let left: Draft[] = [];
    act(() => {
      left = handle.current!.restoreDrafts([
        gone,
        {
          target: { kind: "card", id: "c1" },
          field: "text",
          place: "canvas",
          base: "",
          text: "Orders online",
        },
      ]);
    });
    await wait(20);
    expect(left).toEqual([gone]);
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();
    expect(handle.current!.getDrafts()).toEqual([]);
  });
});
