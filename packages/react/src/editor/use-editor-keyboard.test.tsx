import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const element = (id: string) => document.querySelector<HTMLElement>(`[data-card-id="${id}"]`)!;

function Host({ seen }: { seen: JourneyMap[] }) {
  const [map, setMap] = useState(template);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        onChange={(next) => {
          seen.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("editor keyboard", () => {
  it("Ctrl+Z undoes while focus is on a button (right after clicking it), but not inside a text field", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    const addStage = screen.getByRole("button", { name: "+ Stage" });
    addStage.focus();
    fireEvent.click(addStage);
    await flush();
    const stages = seen.at(-1)!.stages.length;
    const title = screen.getAllByRole("textbox")[0]!;
    fireEvent.keyDown(title, { key: "z", ctrlKey: true });
    expect(seen.at(-1)!.stages).toHaveLength(stages);
    fireEvent.keyDown(addStage, { key: "z", ctrlKey: true });
    await flush();
    expect(seen.at(-1)!.stages).toHaveLength(stages - 1);
  });
});

describe("editor keyboard in the grid", () => {
  it("Delete on a focused card focuses the next card of its cell, then the cell itself", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    const map = template();
    const cellOf = (id: string) => map.cards.find((c) => c.id === id)!;
    const full = map.cards.find(
      (c) => map.cards.filter((d) => d.laneId === c.laneId && d.stageId === c.stageId).length === 2,
    )!;
    const [first, second] = map.cards.filter((c) => c.laneId === full.laneId && c.stageId === full.stageId);
    act(() => element(first!.id).focus());
    fireEvent.keyDown(element(first!.id), { key: "Delete" });
    // Focus moves on the next frame (later on a loaded machine).
    await waitFor(() => expect(document.activeElement).toBe(element(second!.id)));
    fireEvent.keyDown(element(second!.id), { key: "Delete" });
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("gridcell"));
    const active = document.activeElement as HTMLElement;
    expect([active.dataset.gridLane, active.dataset.gridStage]).toEqual([
      cellOf(second!.id).laneId,
      cellOf(second!.id).stageId,
    ]);
    expect(seen.at(-1)!.cards.some((c) => c.id === first!.id || c.id === second!.id)).toBe(false);
  });
});

describe("typing cards quickly", () => {
  it("N pressed right after Enter commits a card (before the next frame) opens the new card, which keeps focus", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    const map = template();
    const first = map.cards[0]!;
    act(() => element(first.id).focus());
    fireEvent.keyDown(element(first.id), { key: "Enter" });
    await flush();
    const editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "Typed fast" } });
    // Enter commits; N follows at once, as a fast typist (or a loaded machine) delivers both keys
    // before the browser draws the next frame.
    act(() => {
      fireEvent.keyDown(editor, { key: "Enter" });
      fireEvent.keyDown(document.activeElement!, { key: "n" });
    });
    await flush();
    await flush();
    const added = seen.at(-1)!.cards.find((c) => !map.cards.some((d) => d.id === c.id));
    expect(added, "N added a card").toBeDefined();
    const open = screen.getByRole("textbox", { name: "Card text" });
    expect(document.activeElement).toBe(open);
    expect(open.closest("[data-card-id]")?.getAttribute("data-card-id")).toBe(added!.id);
    expect(seen.at(-1)!.cards.find((c) => c.id === first.id)?.text).toBe("Typed fast");
  });
});
