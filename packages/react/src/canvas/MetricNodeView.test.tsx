import { createJourneyMap, type JourneyMap } from "@journeykit/core";
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const show = async (map: JourneyMap) => {
  const view = render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor value={map} onChange={() => {}} />
    </div>,
  );
  await flush();
  return view;
};

describe("metric chips with evidence", () => {
  it("show n and the margin, and a sparkline titled with the dates and values", async () => {
    const map = createJourneyMap();
    map.metrics = [
      {
        id: "nps",
        kind: "NPS",
        value: 32,
        stageId: map.stages[0]!.id,
        sampleSize: 140,
        marginOfError: 4,
        series: [
          { date: "2026-01-01", value: 28 },
          { date: "2026-02-01", value: 32 },
        ],
      },
    ];
    const { container } = await show(map);
    const chip = container.querySelector<HTMLElement>('[data-metric-id="nps"]')!;
    expect(chip.querySelector(".jk-metric-evidence")!.textContent).toBe("n=140 ±4");
    expect(chip.getAttribute("title")).toContain("(n=140 ±4)");
    const spark = chip.querySelector("svg.jk-metric-sparkline")!;
    expect(spark.querySelector("title")!.textContent).toBe("Over time: 2026-01-01: 28, 2026-02-01: 32");
    expect(spark.querySelector("polyline")!.getAttribute("points")!.split(" ")).toHaveLength(2);
    expect(screen.getByRole("button", { name: /Metric .*32 \(n=140 ±4\), over time: 2026-01-01: 28/ })).toBe(
      chip,
    );
  });

  it("show neither without sample size, margin or a series of two points", async () => {
    const map = createJourneyMap();
    map.metrics = [
      {
        id: "csat",
        kind: "CSAT",
        value: 72,
        stageId: map.stages[0]!.id,
        series: [{ date: "2026-01-01", value: 72 }],
      },
    ];
    const { container } = await show(map);
    const chip = container.querySelector<HTMLElement>('[data-metric-id="csat"]')!;
    expect(chip.textContent).not.toMatch(/n=|±/);
    expect(chip.querySelector("svg")).toBeNull();
  });
});
