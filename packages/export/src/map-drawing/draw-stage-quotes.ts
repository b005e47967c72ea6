import type { StageColumn } from "@journeykit/core";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt } from "./map-text.js";

/**
 * The customer quotes placed at a stage, as the canvas's button shows them where the layout put it
 * ("“ 3 quotes" at the right of the moments row). The mark is the typographic quote every output's
 * fonts have (the canvas's ❝ is missing from a PDF's standard Helvetica).
 */
export function drawStageQuotes(stage: StageColumn, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const place = stage.quotes;
  const box = place && frame.box(place, stage.id);
  if (!place || !box) return [];
  const { k, type } = frame;
  const font = { size: type.chip, weight: 600 };
  const text = `“ ${place.text}`;
  // Its right edge stays where the layout put it; a slide's larger type widens it to the left.
  const w = Math.max(box.w, frame.measure(text, font) + 18 * k);
  const x = box.x + box.w - w;
  return [
    {
      type: "shape",
      name: `Quotes: ${place.text}`,
      shape: "roundRect",
      x,
      y: box.y,
      w,
      h: box.h,
      radius: Math.min(box.h / 2, 11 * k),
      fill: theme.background,
      stroke: theme.grid,
      strokeWidth: k,
    },
    textAt(
      `Quotes: ${place.text} at ${stage.name}`,
      { x: x + w / 2, baseline: box.y + box.h / 2 + 4 * k, w },
      [paragraph(text, font, theme.text)],
      {
        align: "center",
      },
    ),
  ];
}
