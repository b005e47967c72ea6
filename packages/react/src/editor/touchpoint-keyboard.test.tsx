import { createJourneyMap, createStage, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

/** Four stages, the default lanes (Touchpoints among them), two touchpoints in stage 1, one in stage 2. */
function makeFixture(): JourneyMap {
  const base = createJourneyMap({ id: "m", title: "Dental practice" });
  const stages = ["Find", "Book", "Visit", "Pay"].map((name, i) => createStage({ id: `s${i + 1}`, name }));
  return {
    ...base,
    stages,
    touchpoints: [
      createTouchpoint({ id: "friend", stageId: "s1", name: "Friend", channel: "word-of-mouth" }),
      createTouchpoint({ id: "search", stageId: "s1", name: "Search", channel: "web" }),
      createTouchpoint({ id: "phone", stageId: "s2", name: "Reception phone", channel: "phone" }),
    ],
  };
}

const FIXTURE = makeFixture();
const fixture = () => structuredClone(FIXTURE);

function Host({ seen }: { seen: JourneyMap[] }) {
  const [map, setMap] = useState(fixture);
  return (
    <div style={{ width: 1400, height: 900 }}>
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
const lane = fixture().lanes.find((l) => l.kind === "touchpoints")!.id;
const cell = (stageId: string) =>
  document.querySelector<HTMLElement>(
    `[data-grid="cell"][data-grid-lane="${lane}"][data-grid-stage="${stageId}"]`,
  )!;
const chip = (id: string) =>
  document.querySelector<HTMLElement>(`[data-grid="touchpoint"][data-grid-id="${id}"]`)!;
const order = (map: JourneyMap) =>
  map.stages.map((s) =>
    map.touchpoints
      .filter((t) => t.stageId === s.id)
      .map((t) => t.name)
      .join(", "),
  );

async function setup() {
  const seen: JourneyMap[] = [];
  render(<Host seen={seen} />);
  await flush();
  return { seen, last: () => seen.at(-1) ?? fixture() };
}

describe("touchpoints by keyboard", () => {
  it("N on a Touchpoints cell adds one to that stage, named in the Inspector; Enter goes back to it, N adds the next", async () => {
    const { last } = await setup();
    act(() => cell("s3").focus());
    fireEvent.keyDown(cell("s3"), { key: "n" });
    await flush();
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const name = within(inspector).getByLabelText("Name") as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, name.value.length]);
    fireEvent.change(name, { target: { value: "Check-in desk" } });
    fireEvent.keyDown(name, { key: "Enter" });
    const added = last().touchpoints.at(-1)!;
    expect([added.name, added.stageId]).toEqual(["Check-in desk", "s3"]);
    await waitFor(() => expect(document.activeElement).toBe(chip(added.id)));
    fireEvent.keyDown(chip(added.id), { key: "n" });
    await flush();
    expect(order(last())).toEqual(["Friend, Search", "Reception phone", "Check-in desk, New touchpoint", ""]);
    // Three keys and the name: nothing landed in stage 1.
    expect(last().touchpoints.filter((t) => t.stageId === "s1")).toHaveLength(2);
  });

  it("Delete removes the focused touchpoint, focus goes to its neighbour; Ctrl+Z brings the exact map back", async () => {
    const { last } = await setup();
    act(() => chip("friend").focus());
    expect(screen.getByRole("complementary", { name: "Inspector" }).textContent).toContain("Touchpoint");
    fireEvent.keyDown(chip("friend"), { key: "Delete" });
    expect(order(last())).toEqual(["Search", "Reception phone", "", ""]);
    await waitFor(() => expect(document.activeElement).toBe(chip("search")));
    fireEvent.keyDown(chip("search"), { key: "Backspace" });
    await waitFor(() => expect(document.activeElement).toBe(cell("s1")));
    fireEvent.keyDown(cell("s1"), { key: "z", ctrlKey: true });
    fireEvent.keyDown(cell("s1"), { key: "z", ctrlKey: true });
    expect(last()).toEqual(fixture());
  });

  it("Alt+arrows move the focused touchpoint between stages and within one, focus staying on it; one undo step each", async () => {
    const { last } = await setup();
    act(() => chip("search").focus());
    fireEvent.keyDown(chip("search"), { key: "ArrowRight", altKey: true });
    expect(order(last())).toEqual(["Friend", "Reception phone, Search", "", ""]);
    await flush();
    expect(document.activeElement).toBe(chip("search"));
    // Its new cell is the focused one: where N and "+ Touchpoint" add next.
    expect(cell("s2").classList.contains("jk-cell--focused")).toBe(true);
    expect(cell("s1").classList.contains("jk-cell--focused")).toBe(false);
    fireEvent.keyDown(chip("search"), { key: "ArrowUp", altKey: true });
    expect(order(last())).toEqual(["Friend", "Search, Reception phone", "", ""]);
    fireEvent.keyDown(chip("search"), { key: "ArrowRight", altKey: true });
    fireEvent.keyDown(chip("search"), { key: "ArrowRight", altKey: true });
    expect(order(last())).toEqual(["Friend", "Reception phone", "", "Search"]);
    // At the last stage the key is still taken (no browser navigation), and nothing moves.
    const atEdge = fireEvent.keyDown(chip("search"), { key: "ArrowRight", altKey: true });
    expect(atEdge).toBe(false);
    expect(order(last())).toEqual(["Friend", "Reception phone", "", "Search"]);
    await flush();
    expect(document.activeElement).toBe(chip("search"));
    for (let i = 0; i < 4; i++) fireEvent.keyDown(chip("search"), { key: "z", ctrlKey: true });
    expect(order(last())).toEqual(["Friend, Search", "Reception phone", "", ""]);
  });

  it("N on a card in the Touchpoints lane adds the next card, as on any card", async () => {
    const { last } = await setup();
    act(() => cell("s4").focus());
    fireEvent.click(screen.getByRole("button", { name: "+ Card" }));
    await flush();
    const editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "QR code on the desk" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    await flush();
    fireEvent.keyDown(document.activeElement!, { key: "n" });
    await flush();
    expect(last().cards.map((c) => [c.laneId, c.stageId])).toEqual([
      [lane, "s4"],
      [lane, "s4"],
    ]);
    expect(last().touchpoints).toHaveLength(3);
  });

  it("arrow keys walk from the Touchpoints cell through its touchpoints", async () => {
    await setup();
    act(() => cell("s1").focus());
    fireEvent.keyDown(cell("s1"), { key: "ArrowDown" });
    expect(document.activeElement).toBe(chip("friend"));
    fireEvent.keyDown(chip("friend"), { key: "ArrowDown" });
    expect(document.activeElement).toBe(chip("search"));
    fireEvent.keyDown(chip("search"), { key: "ArrowLeft" });
    expect(document.activeElement?.getAttribute("data-grid")).toBe("lane");
  });
});
