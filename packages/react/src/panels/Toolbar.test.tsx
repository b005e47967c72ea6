import { createJourneyMap, createStage, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const FIXTURE: JourneyMap = {
  ...createJourneyMap({ id: "m", title: "Dental practice" }),
  stages: ["Find", "Book", "Visit", "Pay", "Follow up"].map((name, i) =>
    createStage({ id: `s${i + 1}`, name }),
  ),
  touchpoints: [createTouchpoint({ id: "phone", stageId: "s2", name: "Reception phone", channel: "phone" })],
};
const lane = FIXTURE.lanes.find((l) => l.kind === "touchpoints")!.id;
const actions = FIXTURE.lanes.find((l) => l.kind === "actions")!.id;
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const cell = (laneId: string, stageId: string) =>
  document.querySelector<HTMLElement>(
    `[data-grid="cell"][data-grid-lane="${laneId}"][data-grid-stage="${stageId}"]`,
  )!;

describe("+ Touchpoint", () => {
  it("adds to the stage of the cell the person clicked last, not the touchpoint added before", async () => {
    const seen: JourneyMap[] = [];
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor defaultValue={structuredClone(FIXTURE)} onChange={(map) => seen.push(map)} />
      </div>,
    );
    await flush();
    const add = screen.getByRole("button", { name: "+ Touchpoint" });
    const stages: string[] = [];
    for (const [laneId, stageId] of [
      [lane, "s3"],
      [actions, "s5"],
      [lane, "s4"],
    ] as const) {
      fireEvent.click(cell(laneId, stageId));
      fireEvent.click(add);
      await flush();
      stages.push(seen.at(-1)!.touchpoints.at(-1)!.stageId);
    }
    expect(stages).toEqual(["s3", "s5", "s4"]);
    // The new touchpoint is open for naming: the caret in the Inspector's Name field.
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    await waitFor(() => expect(document.activeElement).toBe(within(inspector).getByLabelText("Name")));
  });

  it("adds to a clicked touchpoint's stage", async () => {
    const seen: JourneyMap[] = [];
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor defaultValue={structuredClone(FIXTURE)} onChange={(map) => seen.push(map)} />
      </div>,
    );
    await flush();
    fireEvent.click(cell(lane, "s5"));
    fireEvent.click(document.querySelector<HTMLElement>('[data-touchpoint-id="phone"]')!);
    fireEvent.click(screen.getByRole("button", { name: "+ Touchpoint" }));
    expect(seen.at(-1)!.touchpoints.map((t) => t.stageId)).toEqual(["s2", "s2"]);
  });
});

describe("a read-only editor's toolbar", () => {
  it("keeps only the view's buttons: zoom, Fit and Readable, nothing that edits or undoes", async () => {
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor defaultValue={FIXTURE} readOnly />
      </div>,
    );
    await flush();
    const toolbar = screen.getByRole("toolbar", { name: "Journey map tools" });
    expect(
      within(toolbar)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["−", "+", "Fit", "Readable"]);
  });
});
