import type { EmotionLaneLayout, LaneRow } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { laneLabel } from "./draw-lanes.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt } from "./map-text.js";

/**
 * The personas' legend in the lane-title column under the lane's title: a swatch and the name for
 * each curve, a dashed swatch and "<name> measured" (in `text`'s words) for each measured curve.
 * Names are shortened to the column, so the legend never reaches the plot where the scale's words are.
 */
export function drawEmotionLegend(
  emotion: EmotionLaneLayout,
  lane: LaneRow,
  top: number,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const { k, type } = frame;
  const font = { size: type.legend };
  const x = frame.left + 12 * k;
  const textX = x + 20 * k;
  const room = frame.titleRight - 8 * k - textX;
  // Under the title (and kind word), never above the rows the canvas's legend takes.
  const first = Math.max(top + 62 * k, top + laneLabel(lane, frame, text).bottom + 12 * k);
  // A long name gives way, never the words that tell a measured curve from the room's.
  const measured = (name: string) => text.t("emotion.legendMeasured", { name });
  const words = frame.measure(measured(""), font);
  const rows = [
    ...emotion.curves.map((c) => ({
      ...c,
      label: c.name,
      shown: fitIn(frame, c.name, room, font),
      measured: false,
    })),
    ...emotion.measured.map((c) => ({
      ...c,
      label: measured(c.name),
      shown: measured(fitIn(frame, c.name, room - words, font)),
      measured: true,
    })),
  ];
  return rows.flatMap((row, i): SlideItem[] => {
    const ly = first + i * 18 * k;
    const swatch: SlideItem = row.measured
      ? {
          type: "line",
          name: `Legend swatch: ${row.label}`,
          x1: x,
          y1: ly - 7 * k,
          x2: x + 14 * k,
          y2: ly - 7 * k,
          color: row.color,
          width: 2.5 * k,
          dash: [4 * k, 3 * k],
        }
      : {
          type: "shape",
          name: `Legend swatch: ${row.label}`,
          shape: "roundRect",
          x,
          y: ly - 9 * k,
          w: 14 * k,
          h: 4 * k,
          radius: 2 * k,
          fill: row.color,
        };
    return [
      swatch,
      textAt(`Legend: ${row.label}`, { x: textX, baseline: ly - 3 * k, w: room }, [
        paragraph(row.shown, font, theme.text),
      ]),
    ];
  });
}
