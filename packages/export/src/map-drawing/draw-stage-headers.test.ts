import { getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { buildSlides } from "../slides/build-slides.js";
import { renderSvg } from "../svg/render-svg.js";

const LONG = "The concierge desk beside the revolving door at the main entrance";

describe("stage headers and touchpoints draw the layout's own lines", () => {
  it("two-line chips, a two-line moment label and a stage's quotes button, in the SVG and on the slides", () => {
    const map = getTemplate("hotel-check-in-blueprint")!.create();
    map.touchpoints[0]!.name = LONG;
    const moment = map.momentsOfTruth[0]!;
    moment.title = "The very first minute at the desk decides how the whole stay will feel";
    const stage = map.stages.find((s) => s.id === moment.stageId)!;
    map.quotes.push(
      ...["Slow.", "Friendly.", "Cold lobby."].map((text, i) => ({ id: `q${i}`, text, stageId: stage.id })),
    );
    const layout = layoutJourneyMap(map);
    const chip = layout.stages.flatMap((s) => s.touchpoints).find((c) => c.id === map.touchpoints[0]!.id)!;
    const column = layout.stages.find((s) => s.id === stage.id)!;
    expect(chip.lines).toHaveLength(2);
    expect(column.momentLabel!.lines).toHaveLength(2);
    const svg = renderSvg(map);
    for (const line of [...chip.lines, ...column.momentLabel!.lines]) expect(svg).toContain(`>${line}<`);
    expect(svg).toContain(`>“ ${column.quotes!.text}<`);
    const slides = buildSlides(map).slides.flatMap((s) => s.items.map((i) => i.name));
    expect(slides).toContain(`Quotes: ${column.quotes!.text} at ${stage.name}`);
  });

  it("a touchpoint box with a long name shows it on two lines, the tag beside them", () => {
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    map.touchpoints[0]!.name = LONG;
    const box = layoutJourneyMap(map).touchpoints.find((t) => t.id === map.touchpoints[0]!.id)!;
    expect(box.lines).toHaveLength(2);
    const group = new RegExp(`<g data-touchpoint-id="${box.id}">.*?</g>`).exec(renderSvg(map))?.[0] ?? "";
    for (const line of box.lines) expect(group).toContain(`>${line}<`);
    expect(group).toContain(`>${box.channelLabel}<`);
  });
});
