import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../limits.js";
import { parseJourneyMap } from "../parse/parse-journey-map.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { isWellFormedText } from "../text/well-formed-text.js";
import { CARD_MAX_LINES, layoutJourneyMap } from "./layout-journey-map.js";
import { approximateTextWidth, ELLIPSIS } from "./measure-text.js";

/** Every character 10 px wide: easy numbers. */
const mono = (text: string) => text.length * 10;

function fixture(): JourneyMap {
  const map = createJourneyMap({ id: "m", title: "Coffee", now: new Date("2026-01-01T00:00:00Z") });
  return {
    ...map,
    personas: [{ ...map.personas[0]!, id: "p1", color: "#eb5757" }],
    stages: [
      { id: "s1", name: "Order" },
      { id: "s2", name: "Wait" },
      { id: "s3", name: "Collect" },
    ],
    lanes: [
      { id: "l1", kind: "actions", title: "Actions" },
      { id: "l2", kind: "emotions", title: "Emotions" },
      { id: "l3", kind: "painPoints", title: "Pain points" },
    ],
    touchpoints: [{ id: "t1", stageId: "s1", name: "App", channel: "mobile-app" }],
    cards: [
      { id: "c1", laneId: "l1", stageId: "s1", text: "Opens the app" },
      ...Array.from({ length: 5 }, (_, i) => ({
        id: `w${i}`,
        laneId: "l3",
        stageId: "s2",
        text: `Pain ${i}`,
        severity: 3 as const,
      })),
    ],
    emotions: [
      { id: "e1", personaId: "p1", stageId: "s1", score: 2 },
      { id: "e3", personaId: "p1", stageId: "s3", score: -3 },
    ],
    momentsOfTruth: [
      { id: "mo", stageId: "s2", title: "Order late", kind: "SMOT", importance: 5, outcome: "fail" },
    ],
    metrics: [{ id: "k", kind: "CSAT", value: 72, target: 80, stageId: "s3" }],
  };
}

describe("layoutJourneyMap", () => {
  const layout = layoutJourneyMap(fixture(), { measureText: mono });

  it("orders stage columns left to right without gaps", () => {
    expect(layout.stages.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    for (let i = 1; i < layout.stages.length; i++) {
      const prev = layout.stages[i - 1]!;
      expect(layout.stages[i]!.x).toBe(prev.x + prev.width);
    }
    expect(layout.width).toBe(layout.stages.at(-1)!.x + layout.stages.at(-1)!.width + 32);
  });

  it("widens a crowded cell to two cards abreast", () => {
    const [s1, s2] = layout.stages;
    expect(s1!.width).toBe(232);
    expect(s2!.width).toBe(188 * 2 + 10 + 24);
  });

  it("keeps every card inside its cell and never overlapping another", () => {
    for (const card of layout.cards) {
      const column = layout.stages.find((s) => s.id === card.stageId)!;
      const lane = layout.lanes.find((l) => l.id === card.laneId)!;
      expect(card.x).toBeGreaterThanOrEqual(column.x);
      expect(card.x + card.width).toBeLessThanOrEqual(column.x + column.width);
      expect(card.y).toBeGreaterThanOrEqual(lane.y);
      expect(card.y + card.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    for (const a of layout.cards) {
      for (const b of layout.cards) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it("draws the curve at stage centres with a gap where a stage has no score", () => {
    const curve = layout.emotion!.curves[0]!;
    expect(curve.points.map((p) => p.stageId)).toEqual(["s1", "s3"]);
    const top = layout.emotion!.levels[0]!;
    const bottom = layout.emotion!.levels[6]!;
    expect(top.score).toBe(3);
    expect(curve.points[1]!.y).toBe(bottom.y);
    const s1 = layout.stages[0]!;
    expect(curve.points[0]!.x).toBe(Math.round(s1.x + s1.width / 2));
  });

  it("places moments, touchpoints and metrics in the stage headers", () => {
    expect(layout.stages[1]!.moments[0]).toMatchObject({ kind: "SMOT", outcome: "fail", radius: 13.5 });
    expect(layout.stages[0]!.touchpoints[0]).toMatchObject({ name: "App", width: 60 });
    expect(layout.metrics[0]).toMatchObject({ place: "stage", text: "CSAT 72%", belowTarget: true });
  });

  it("hides a persona's curve on request", () => {
    expect(layoutJourneyMap(fixture(), { hiddenPersonaIds: ["p1"] }).emotion!.curves).toEqual([]);
  });

  it("draws the blueprint lines between customer, frontstage, backstage and support lanes", () => {
    const map = fixture();
    map.lanes.push(
      { id: "f", kind: "frontstage", title: "Frontstage" },
      { id: "b", kind: "backstage", title: "Backstage" },
      { id: "s", kind: "support", title: "Support" },
    );
    const lines = layoutJourneyMap(map).blueprintLines;
    expect(lines.map((l) => l.kind)).toEqual(["interaction", "visibility", "internal"]);
  });

  it("is deterministic", () => {
    expect(layoutJourneyMap(fixture(), { measureText: mono })).toEqual(layout);
  });
});

describe("layoutJourneyMap on hostile card text (packages/core/test/hostile)", () => {
  const hostile = (name: string) => {
    const result = parseJourneyMap(
      readFileSync(new URL(`../../test/hostile/${name}`, import.meta.url), "utf8"),
    );
    if (!result.ok) throw new Error(`${name} does not parse: ${result.errors[0]?.message}`);
    return result.map;
  };

  it.each(["long-word-20000.journey.json", "long-grapheme-word-20000.journey.json"])(
    "%s: the long card shows CARD_MAX_LINES lines inside its box, cut with an ellipsis",
    (name) => {
      const map = hostile(name);
      const text = map.cards[0]!.text;
      expect(text).toHaveLength(LIMITS.maxTextLength);
      const layout = layoutJourneyMap(map);
      const box = layout.cards.find((c) => c.id === map.cards[0]!.id)!;
      expect(box.lines).toHaveLength(CARD_MAX_LINES);
      expect(box.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
      expect(text.startsWith(box.lines.slice(0, -1).join(""))).toBe(true);
      for (const line of box.lines) {
        expect(isWellFormedText(line)).toBe(true);
        expect(approximateTextWidth(line, { size: 13 })).toBeLessThanOrEqual(box.width - 20);
      }
      // the box is no taller than CARD_MAX_LINES lines of text plus padding
      expect(box.height).toBeLessThanOrEqual(20 + CARD_MAX_LINES * 18 + 20);
    },
  );
});
