import { createJourneyMap, type Issue, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const blank = () => createJourneyMap({ title: "Keyboard" });

function Host({
  initial,
  seen,
  onError,
}: {
  initial: JourneyMap;
  seen: JourneyMap[];
  onError?: (i: Issue[]) => void;
}) {
  const [map, setMap] = useState(initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        onChange={(next) => {
          seen.push(next);
          setMap(next);
        }}
        {...(onError ? { onError } : {})}
      />
    </div>
  );
}
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const cells = () => screen.getAllByRole("gridcell");
const focused = () => document.activeElement as HTMLElement;
const key = async (k: string) => {
  fireEvent.keyDown(focused(), { key: k });
  await flush();
};

describe("the map as a keyboard grid", () => {
  it("is a grid of every lane x stage cell, empty ones included, with exactly one Tab stop", async () => {
    const map = blank();
    render(<Host initial={map} seen={[]} />);
    await flush();
    expect(screen.getByRole("grid", { name: /lanes by stages/ })).toBeTruthy();
    expect(cells()).toHaveLength(map.lanes.length * map.stages.length);
    const stops = [...document.querySelectorAll<HTMLElement>(".react-flow__nodes [tabindex]")].filter(
      (el) => el.tabIndex === 0 && el.closest(".jk-emotions, .jk-legend") === null,
    );
    expect(stops).toHaveLength(1);
    expect(stops[0]!.getAttribute("role")).toBe("gridcell");
    expect(stops[0]!.getAttribute("aria-label")).toMatch(
      `${map.lanes[0]!.title} · ${map.stages[0]!.name}: empty`,
    );
  });

  it("arrow keys move between cells; Enter on an empty cell adds a card and opens it; N adds the next", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    act(() => cells()[0]!.focus());
    await key("ArrowRight");
    await key("ArrowDown");
    const target = { laneId: map.lanes[1]!.id, stageId: map.stages[1]!.id };
    expect(focused().dataset.gridLane).toBe(target.laneId);
    expect(focused().dataset.gridStage).toBe(target.stageId);
    expect(focused().tabIndex).toBe(0);

    await key("Enter");
    let editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "Is it fresh?" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    // At once, not a frame later: a quick N or arrow must not land on the page.
    expect(focused().dataset.grid).toBe("card");
    await flush();
    // Focus stays on the new card, so N adds the next one in the same cell.
    expect(focused().textContent).toContain("Is it fresh?");
    await key("n");
    editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "Where is my order?" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.cards.map((c) => [c.text, c.laneId, c.stageId])).toEqual([
      ["Is it fresh?", target.laneId, target.stageId],
      ["Where is my order?", target.laneId, target.stageId],
    ]);
    // Escape goes from the card back to its cell; ArrowDown from the cell goes into its first card.
    await key("Escape");
    expect(focused().getAttribute("role")).toBe("gridcell");
    await key("ArrowDown");
    expect(focused().textContent).toContain("Is it fresh?");
  });

  it("a click focuses the cell, so N adds there at once; + Card adds to that cell too", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    // Second lane (Thoughts), third stage: in the third, Touchpoints, N adds a touchpoint.
    const cell = cells()[map.stages.length + 2]!;
    fireEvent.click(cell);
    expect(focused()).toBe(cell);
    await key("n");
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Card text" }), { key: "Escape" });
    await flush();
    // The card left empty is gone; focus is back on its cell, ready for N.
    expect(focused()).toBe(cell);
    fireEvent.click(cell);
    fireEvent.click(screen.getByRole("button", { name: "+ Card" }));
    await flush();
    const editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "From the toolbar" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.cards).toEqual([
      expect.objectContaining({
        text: "From the toolbar",
        laneId: map.lanes[1]!.id,
        stageId: map.stages[2]!.id,
      }),
    ]);
  });

  it("F2 on a stage header renames it in place; + Stage opens the new stage's name", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    act(() => cells()[0]!.focus());
    await key("ArrowUp");
    expect(focused().dataset.grid).toBe("stage");
    await key("F2");
    let input = screen.getByRole("textbox", { name: "Stage name" });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "Hear about us" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.stages[0]!.name).toBe("Hear about us");
    fireEvent.click(screen.getByRole("button", { name: "+ Stage" }));
    await flush();
    input = screen.getByRole("textbox", { name: "Stage name" });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "Come back" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.stages.map((s) => s.name)).toEqual(["Hear about us", "Come back", "Decide", "Use"]);
  });

  it("Enter on a lane header renames it in place; Escape keeps the old title", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    act(() => cells()[map.stages.length]!.focus()); // second lane, first stage
    await key("ArrowLeft");
    expect(focused().dataset.grid).toBe("lane");
    await key("Enter");
    let input = screen.getByRole("textbox", { name: "Lane title" });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "What she thinks" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.lanes[1]!.title).toBe("What she thinks");
    expect(focused().dataset.grid).toBe("lane");
    await key("F2");
    input = screen.getByRole("textbox", { name: "Lane title" });
    fireEvent.change(input, { target: { value: "Never mind" } });
    fireEvent.keyDown(input, { key: "Escape" });
    await flush();
    expect(seen.at(-1)!.lanes[1]!.title).toBe("What she thinks");
    expect(seen).toHaveLength(1);
  });

  it("a .txt file dropped on a cell becomes one card per line", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    const file = new File(["Calls support\nWaits on hold\n"], "notes.txt", { type: "text/plain" });
    fireEvent.drop(cells()[1]!, { dataTransfer: { files: [file], types: ["Files"] } });
    await flush();
    expect(seen.at(-1)!.cards.map((c) => [c.text, c.stageId])).toEqual([
      ["Calls support", map.stages[1]!.id],
      ["Waits on hold", map.stages[1]!.id],
    ]);
  });

  it("pasting lines on a cell makes one card per line in one undo step; with no cell focused it says so", async () => {
    const map = blank();
    const seen: JourneyMap[] = [];
    const onError = vi.fn();
    render(<Host initial={map} seen={seen} onError={onError} />);
    await flush();
    const cell = cells()[map.stages.length + 1]!;
    act(() => cell.focus());
    fireEvent.paste(cell, {
      clipboardData: { getData: () => "Too slow\n\n  Too expensive \r\nNo parking\n" },
    });
    await flush();
    expect(seen.at(-1)!.cards.map((c) => [c.text, c.laneId, c.stageId])).toEqual([
      ["Too slow", map.lanes[1]!.id, map.stages[1]!.id],
      ["Too expensive", map.lanes[1]!.id, map.stages[1]!.id],
      ["No parking", map.lanes[1]!.id, map.stages[1]!.id],
    ]);
    fireEvent.keyDown(focused(), { key: "z", ctrlKey: true });
    await flush();
    expect(seen.at(-1)!.cards).toEqual([]);

    const toolbarButton = screen.getByRole("button", { name: "+ Lane" });
    act(() => toolbarButton.focus());
    fireEvent.paste(toolbarButton, { clipboardData: { getData: () => "Lost" } });
    await flush();
    expect(onError).toHaveBeenCalledWith([
      expect.objectContaining({ message: expect.stringMatching(/focus a cell/) }),
    ]);
    expect(seen.at(-1)!.cards).toEqual([]);
  });
});
