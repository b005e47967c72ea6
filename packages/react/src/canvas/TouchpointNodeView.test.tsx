import { createJourneyMap, createStage, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const LONG = "Reception phone line for table bookings and complaints after nine";

/** A map with a Touchpoints lane: a short and a long touchpoint name in its first stage. */
function map(): JourneyMap {
  const base = createJourneyMap({ id: "m", title: "Hotel" });
  const stage = createStage({ id: "s1", name: "Arrive" });
  return {
    ...base,
    stages: [stage],
    touchpoints: [
      createTouchpoint({ id: "desk", stageId: "s1", name: "Desk", channel: "in-store" }),
      createTouchpoint({ id: "phone", stageId: "s1", name: "Reception phone", channel: "phone" }),
      createTouchpoint({ id: "long", stageId: "s1", name: LONG, channel: "phone" }),
    ],
  };
}

const box = (id: string) =>
  document.querySelector<HTMLElement>(`.jk-touchpoint[data-touchpoint-id="${id}"]`)!;
const shownLines = (id: string) =>
  [...box(id).querySelectorAll(".jk-touchpoint-name > span")].map((line) => line.textContent);

describe("a touchpoint's name in the Touchpoints lane", () => {
  it("wraps to two lines before it is cut, the box as tall as the layout made it", async () => {
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor value={map()} onChange={() => {}} />
      </div>,
    );
    await flush();
    expect(shownLines("desk")).toEqual(["Desk"]);
    expect(shownLines("phone")).toEqual(["Reception phone"]);
    const long = shownLines("long");
    expect(long).toHaveLength(2);
    expect(long[0]).toBe("Reception phone line");
    expect(long[1]!.endsWith("…")).toBe(true);
    const height = (id: string) =>
      Number.parseFloat(box(id).closest<HTMLElement>(".react-flow__node")!.style.height);
    expect(height("long")).toBe(height("desk") + 16);
  });

  it("gives the whole name on hover, to screen readers and, when cut, on keyboard focus", async () => {
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor value={map()} onChange={() => {}} />
      </div>,
    );
    await flush();
    expect(box("long").title).toBe(`${LONG} · Phone`);
    expect(box("long").querySelector(".jk-sr-only")?.textContent).toBe(`Touchpoint ${LONG} (Phone)`);
    expect(box("long").dataset.tip).toBe(LONG);
    expect(box("desk").dataset.tip).toBeUndefined();
  });
});
