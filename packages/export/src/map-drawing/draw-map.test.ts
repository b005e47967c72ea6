import { approximateTextWidth, getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { englishText } from "../i18n/export-text.js";
import { buildSlides } from "../slides/build-slides.js";
import type { SlideItem } from "../slides/slide-model.js";
import { lightTheme } from "../theme/export-theme.js";
import { drawMap } from "./draw-map.js";
import { layoutFrame } from "./map-frame.js";

/** The cards, touchpoints, metrics and moments a picture shows (by the ids its items carry) and its blueprint lines. */
const parts = (items: SlideItem[]) =>
  [
    ...new Set(
      items.flatMap((i) => [
        ...Object.entries(i.svg?.data ?? {})
          .filter(([key]) => key !== "persona-id" && key !== "evidence")
          .map(([key, id]) => `${key} ${id}`),
        ...(i.type === "line" && i.name.startsWith("Line of") ? [i.name] : []),
      ]),
    ),
  ].sort();

describe("drawMap: one drawer for the whole map and every stage slide", () => {
  it.each(["restaurant-complaint-recovery", "hotel-check-in-blueprint", "online-store-checkout"])(
    "%s: the stage slides together show what the whole-map picture shows, part for part",
    (id) => {
      const map = getTemplate(id)!.create();
      const layout = layoutJourneyMap(map);
      const whole = drawMap(
        map,
        layout,
        lightTheme,
        layoutFrame(layout, approximateTextWidth),
        englishText(),
      );
      const slides = buildSlides(map).slides.filter((s) => s.kind === "stages");
      // Whole-journey metrics sit in a strip the stage slides leave to the overview and the metrics table.
      const journey = new Set(
        layout.metrics.filter((m) => m.stageId === undefined).map((m) => `metric-id ${m.id}`),
      );
      const onSlides = parts(slides.flatMap((s) => s.items));
      expect(onSlides).toEqual(parts(whole).filter((n) => !journey.has(n)));
      expect(onSlides.filter((n) => n.startsWith("card-id ")).length).toBe(map.cards.length);
    },
  );
});
