import { createJourneyMap, type JourneyMap, metricDescription, metricFigure } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
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

/** A map with a survey source and a measured NPS (with a series) and a typed CSAT on its first stage. */
function measuredMap(): JourneyMap {
  const map = createJourneyMap();
  const stageId = map.stages[0]!.id;
  map.sources = [{ id: "src", kind: "survey", name: "survey.csv", importedAt: "2026-03-01T00:00:00Z" }];
  map.metrics = [
    {
      id: "nps",
      kind: "NPS",
      value: 32.4,
      stageId,
      sampleSize: 1412,
      marginOfError: 6.3,
      sourceId: "src",
      series: [
        { date: "2026-02-01", value: 28 },
        { date: "2026-03-01", value: 32 },
      ],
    },
    { id: "csat", kind: "CSAT", value: 72, stageId },
  ];
  return map;
}

describe("metric badges on the canvas", () => {
  it("show core's figure and trend, the measured mark, and everything in the title and for screen readers", async () => {
    const map = measuredMap();
    const { container } = await show(map);
    const chip = container.querySelector<HTMLElement>('[data-metric-id="nps"]')!;
    expect(chip.querySelector(".jk-metric-text")!.textContent).toBe("NPS +32 ±6 · n=1,412");
    expect(chip.querySelector(".jk-metric-trend")!.textContent).toBe("▲ +4");
    expect(chip.querySelector(".jk-measured-mark")).not.toBeNull();
    expect(chip.getAttribute("title")).toBe(metricDescription(map, map.metrics[0]!));
    expect(chip.getAttribute("title")).toContain("measured from 1,412 responses (survey.csv)");
    expect(screen.getByRole("button", { name: /^Metric .*NPS \+32 ±6 · n=1,412 · up 4 points/ })).toBe(chip);
  });

  it("leave the mark off a typed metric and say it was typed", async () => {
    const map = measuredMap();
    const { container } = await show(map);
    const chip = container.querySelector<HTMLElement>('[data-metric-id="csat"]')!;
    expect(chip.querySelector(".jk-metric-text")!.textContent).toBe(metricFigure(map.metrics[1]!));
    expect(chip.querySelector(".jk-measured-mark")).toBeNull();
    expect(chip.querySelector(".jk-metric-trend")).toBeNull();
    expect(chip.getAttribute("title")).toMatch(/ · typed$/);
  });

  it("open a list of every metric from '+N more', by keyboard, and close it with Escape", async () => {
    const map = createJourneyMap();
    const stageId = map.stages[0]!.id;
    const kinds = ["NPS", "CSAT", "CES", "sentiment", "retention"] as const;
    map.metrics = kinds.map((kind, i) => ({
      id: `m${i}`,
      kind,
      value: kind === "CES" ? 5 : kind === "sentiment" ? 0.2 : 40,
      stageId,
    }));
    const { container } = await show(map);
    expect(container.querySelectorAll("[data-metric-id]")).toHaveLength(3);
    const more = screen.getByRole("button", { name: /^\+2 more: all 5 metrics of this stage/ });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    more.focus();
    fireEvent.click(more);
    await flush();
    const list = screen.getByRole("list", { name: /\+2 more/ });
    const items = [...list.querySelectorAll("button")].map((b) => b.textContent);
    expect(items).toHaveLength(5);
    expect(items[4]).toContain(`${map.stages[0]!.name} · Retention 40%`);
    expect(document.activeElement).toBe(list.querySelector("button"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(list.querySelectorAll("button")[1]);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await flush();
    expect(screen.queryByRole("list", { name: /\+2 more/ })).toBeNull();
    expect(document.activeElement).toBe(more);
  });
});
