import type { JourneyLayout } from "@journeykit/core";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt } from "./map-text.js";

/** The title bar: the map's title and its state, personas and stage count (when the layout has one). */
export function drawTitle(layout: JourneyLayout, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const title = layout.title;
  const y = title && frame.y(title.y);
  if (!title || y === undefined) return [];
  const { k, type } = frame;
  const x = frame.x(title.x);
  const w = frame.right - x;
  const line = (text: string, size: number, weight?: number) =>
    frame.layoutText ? text : fitIn(frame, text, w, { size, ...(weight ? { weight } : {}) });
  return [
    textAt("Title", { x, baseline: y + 24 * k, w }, [
      paragraph(line(title.text, type.title, 700), { size: type.title, weight: 700 }, theme.text),
    ]),
    textAt("Subtitle", { x, baseline: y + 46 * k, w }, [
      paragraph(line(title.subtitle, type.subtitle), { size: type.subtitle }, theme.muted),
    ]),
  ];
}
