import {
  approximateTextWidth,
  createPersona,
  getTemplate,
  type JourneyMap,
  layoutJourneyMap,
} from "@journeykit/core";
import { coreDe } from "@journeykit/core/locales/de";
import { describe, expect, it } from "vitest";
import { exportDe } from "../i18n/export-messages/de.js";
import { exportText } from "../i18n/export-text.js";
import { paragraphBaselines } from "../slides/item-geometry.js";
import type { SlideItem } from "../slides/slide-model.js";
import { lightTheme } from "../theme/export-theme.js";
import { drawEmotionLane } from "./draw-emotion-lane.js";
import { layoutFrame } from "./map-frame.js";

interface Box {
  name: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ink box of each line of a text item, its width from approximateTextWidth. */
function textBoxes(items: SlideItem[], prefix: string): Box[] {
  return items.flatMap((item) => {
    if (item.type !== "text" || !item.name.startsWith(prefix)) return [];
    const baselines = paragraphBaselines(item);
    return item.paragraphs.map((p, i) => {
      const width = approximateTextWidth(p.text, { size: p.size, weight: p.bold ? 700 : 400 });
      const x1 = item.align === "right" ? item.x + item.w - item.padding - width : item.x + item.padding;
      return {
        name: p.text,
        x1,
        x2: x1 + width,
        y1: baselines[i]! - p.size * 0.8,
        y2: baselines[i]! + p.size * 0.25,
      };
    });
  });
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The restaurant map with `count` personas named at length, each with a measured point on every stage. */
function mapWith(count: number): JourneyMap {
  const base = getTemplate("restaurant-complaint-recovery")!.create();
  const personas = Array.from({ length: count }, (_, i) =>
    createPersona({ id: `p${i}`, name: `Persona number ${i + 1} with a very long descriptive name indeed` }),
  );
  return {
    ...base,
    personas,
    emotions: personas.flatMap((p) =>
      base.stages.flatMap((s, j) => [
        { id: `${p.id}-${s.id}`, personaId: p.id, stageId: s.id, score: (j % 7) - 3 },
        { id: `${p.id}-${s.id}-m`, personaId: p.id, stageId: s.id, score: 1, evidence: "measured" as const },
      ]),
    ),
  };
}

describe("the emotion lane's legend and scale words", () => {
  const english = {
    locale: undefined,
    messages: undefined,
    bottom: "very unhappy −3",
    measured: "… measured",
  };
  const german = {
    locale: "de",
    messages: { ...coreDe, ...exportDe },
    bottom: "sehr unzufrieden −3",
    measured: "… gemessen",
  };
  it.each([
    [1, "English", english],
    [4, "English", english],
    [4, "German", german],
  ])(
    "never overlap, with %i persona(s) with long names and their measured curves, in %s",
    (count, _, language) => {
      const map = mapWith(count);
      const text = exportText(language);
      const layout = layoutJourneyMap(map, text.labels);
      const frame = layoutFrame(layout, approximateTextWidth);
      const items = drawEmotionLane(layout, lightTheme, frame, text);
      const legend = textBoxes(items, "Legend: ");
      const words = textBoxes(items, "Emotion level: ");
      expect(legend).toHaveLength(2 * count);
      expect(words.map((w) => w.name)).toContain(language.bottom);
      for (const a of legend)
        for (const b of words) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false);
      // The legend stays in the lane-title column and inside the lane; the words in the plot.
      const lane = layout.lanes.find((l) => l.kind === "emotions")!;
      for (const a of legend) {
        expect(a.x2).toBeLessThanOrEqual(frame.titleRight);
        expect(a.y2).toBeLessThanOrEqual(lane.y + lane.height);
      }
      for (const b of words) expect(b.x1).toBeGreaterThan(frame.titleRight);
      expect(legend.some((a) => a.name.endsWith("…"))).toBe(true);
      // A shortened name still says which curve is measured.
      expect(legend.filter((a) => a.name.endsWith(language.measured))).toHaveLength(count);
    },
  );
});
