import { getTemplate, type JourneyMap, metricFigure } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { generateMap } from "../../../core/bench/generate-map.js";
import { buildSlides } from "./build-slides.js";
import { SLIDE_SIZES, type SlideDeck, type SlideSize } from "./slide-model.js";
import { TYPE } from "./slide-text.js";

/** Every font size on a slide, in points: paragraphs, table cells, chart labels (at least `TYPE.small`). */
function fontSizes(deck: SlideDeck, index: number): number[] {
  return deck.slides[index]!.items.flatMap((item) =>
    item.type === "text"
      ? item.paragraphs.map((p) => p.size)
      : item.type === "table"
        ? [item.size]
        : item.type === "chart"
          ? [TYPE.small]
          : [],
  );
}

function expectReadableAndInside(deck: SlideDeck) {
  deck.slides.forEach((slide, i) => {
    expect(Math.min(...fontSizes(deck, i)), `${slide.title}: smallest text`).toBeGreaterThanOrEqual(10);
    for (const item of slide.items) {
      if (item.type === "line") {
        for (const x of [item.x1, item.x2])
          expect(x, `${slide.title}: ${item.name}`).toBeLessThanOrEqual(deck.width);
        for (const y of [item.y1, item.y2])
          expect(y, `${slide.title}: ${item.name}`).toBeLessThanOrEqual(deck.height);
        continue;
      }
      if (item.type === "path") {
        for (const c of item.commands) {
          expect(c.x, `${slide.title}: ${item.name}`).toBeLessThanOrEqual(deck.width);
          expect(c.y, `${slide.title}: ${item.name}`).toBeLessThanOrEqual(deck.height);
        }
        continue;
      }
      const w = item.type === "table" ? item.colWidths.reduce((a, b) => a + b, 0) : item.w;
      const h = item.type === "table" ? item.rowHeights.reduce((a, b) => a + b, 0) : item.h;
      expect(item.x, `${slide.title}: ${item.name}`).toBeGreaterThanOrEqual(0);
      expect(item.y, `${slide.title}: ${item.name}`).toBeGreaterThanOrEqual(0);
      expect(item.x + w, `${slide.title}: ${item.name} right edge`).toBeLessThanOrEqual(deck.width + 0.5);
      expect(item.y + h, `${slide.title}: ${item.name} bottom edge`).toBeLessThanOrEqual(deck.height + 0.5);
      // The lines of a text item fit its box.
      if (item.type === "text" && item.shape) {
        const used = item.paragraphs.reduce((sum, p) => sum + p.size * 1.3, 0) + 2 * item.padding;
        expect(used, `${slide.title}: ${item.name} text height`).toBeLessThanOrEqual(item.h + 1);
      }
    }
  });
}

/** Each card is drawn on exactly one stage slide, at 12 pt. */
function expectEveryCardOnce(map: JourneyMap, deck: SlideDeck) {
  const cardItems = deck.slides.flatMap((s) =>
    s.items.filter((i) => i.type === "text" && i.name.startsWith("Card: ")),
  );
  expect(cardItems).toHaveLength(map.cards.length);
  for (const item of cardItems)
    if (item.type === "text") expect(item.paragraphs[0]!.size).toBeGreaterThanOrEqual(12);
}

describe("buildSlides", () => {
  const shop = getTemplate("online-store-checkout")!.create();
  const hotel = getTemplate("hotel-check-in-blueprint")!.create();

  it.each(Object.keys(SLIDE_SIZES) as SlideSize[])(
    "%s: every slide readable, everything inside it, every card once",
    (size) => {
      for (const map of [shop, hotel]) {
        const deck = buildSlides(map, { size });
        expect(deck.width).toBe(SLIDE_SIZES[size].width);
        expectReadableAndInside(deck);
        expectEveryCardOnce(map, deck);
        const kinds = deck.slides.map((s) => s.kind);
        expect(kinds[0]).toBe("overview");
        expect(kinds).toContain("emotion");
        expect(kinds.filter((k) => k === "persona")).toHaveLength(map.personas.length);
        expect(kinds.at(-1)).toBe("insights");
      }
    },
  );

  it("draws the service-blueprint lines between the evidence, frontstage, backstage and support lanes", () => {
    const deck = buildSlides(hotel);
    const names = deck.slides.flatMap((s) => s.items.map((i) => i.name));
    for (const line of ["Line of interaction", "Line of visibility", "Line of internal interaction"])
      expect(names).toContain(line);
    expect(names.filter((n) => n.startsWith("Touchpoint: ")).length).toBeGreaterThan(0);
  });

  it("puts the curve of every persona in a chart, gaps where a stage has no score", () => {
    const map = structuredClone(shop);
    map.emotions = map.emotions.filter(
      (e) => !(e.personaId === map.personas[0]!.id && e.stageId === map.stages[1]!.id),
    );
    const chart = buildSlides(map)
      .slides.find((s) => s.kind === "emotion")!
      .items.find((i) => i.type === "chart");
    if (chart?.type !== "chart") throw new Error("no chart");
    expect(chart.series.map((s) => s.name)).toEqual(map.personas.map((p) => p.name));
    expect(chart.series[0]!.values[1]).toBeNull();
    expect(chart.categories).toHaveLength(map.stages.length);
  });

  it("splits a 1,000-card map into readable stage slides that hold every card once", () => {
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    const deck = buildSlides(map);
    expectReadableAndInside(deck);
    expectEveryCardOnce(map, deck);
    expect(deck.slides.filter((s) => s.kind === "overview").length).toBeGreaterThanOrEqual(1);
  });

  it("puts a stage's customer quotes in its speaker notes and n and ± on its metric badges (format v2)", () => {
    const map = structuredClone(shop);
    const stage = map.stages[3]!;
    map.sources.push({
      id: "src",
      kind: "survey",
      name: "Checkout survey",
      importedAt: "2026-10-01T00:00:00.000Z",
    });
    map.quotes.push(
      {
        id: "q1",
        text: "I had no idea if my card was charged.",
        stageId: stage.id,
        sourceId: "src",
        sentiment: -0.7,
      },
      { id: "q2", text: "Quick and easy!", stageId: map.stages[0]!.id },
    );
    const metric = map.metrics.find((m) => m.stageId === map.stages[4]!.id)!;
    metric.marginOfError = 4.2;
    metric.sampleSize = 240;
    const deck = buildSlides(map);
    const notes = deck.slides.filter((s) => s.kind === "stages").map((s) => s.notes);
    const withStage = notes.find((n) => n.includes(`Stage 4: ${stage.name}`))!;
    expect(withStage).toContain("What customers said:");
    expect(withStage).toContain("“I had no idea if my card was charged.” (Checkout survey, sentiment −0.70)");
    expect(withStage).not.toContain("Quick and easy!");
    const badges = deck.slides
      .flatMap((s) => s.items)
      .filter((i) => i.type === "text" && i.name.startsWith("Metric: "));
    const texts = badges.flatMap((b) => (b.type === "text" ? b.paragraphs.map((p) => p.text) : []));
    // The badge writes core's figure: whole points for percentages and NPS, n grouped.
    expect(texts).toContain(metricFigure(metric));
    expect(metricFigure(metric)).toMatch(/ ±4 · n=240$/);
  });

  it("stage slides use the slide's width, and their titles keep the stage range when the map's title is long", () => {
    const base = getTemplate("restaurant-complaint-recovery")!.create();
    const map = { ...base, title: `${base.title} with a very long subtitle nobody will read to the end` };
    for (const size of ["16:9", "4:3"] as const) {
      const deck = buildSlides(map, { size });
      const stages = deck.slides.filter((s) => s.kind === "stages");
      expect(stages.length).toBeGreaterThan(0);
      for (const slide of stages) {
        const right = Math.max(
          ...slide.items.flatMap((i) =>
            i.type === "shape" && i.name.startsWith("Lane: ") ? [i.x + i.w] : [],
          ),
        );
        // The lanes reach the right margin (22 pt), not 35-40% short of it.
        expect(right).toBeGreaterThan(deck.width - 22 - 2);
        const title = slide.items.find((i) => i.name === "Title");
        const text = title && title.type === "text" ? title.paragraphs[0]!.text : "";
        expect(text).toMatch(/: stages? \d+(–\d+)?( \(\d+\/\d+\))?$/);
      }
    }
  });

  it("refuses an unknown size and an invalid map with the path that is wrong", () => {
    expect(() => buildSlides(shop, { size: "A3" as SlideSize })).toThrow(RangeError);
    const bad = structuredClone(shop);
    bad.cards[0]!.stageId = "nowhere";
    expect(() => buildSlides(bad)).toThrow(/cards\[0\]\.stageId/);
  });
});
