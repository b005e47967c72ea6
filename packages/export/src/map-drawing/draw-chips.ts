import { channelLabel, type StageColumn } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt, wrapIn } from "./map-text.js";

/** A chip's second line adds this (core's `CHIP_LINE`), in layout pixels. */
const CHIP_LINE = 14;

/**
 * A stage's touchpoint chips (a map without a touchpoints lane): a pill with the touchpoint's name
 * in the layout's one or two lines, grown to name its channel too in core's words ("Front desk · In
 * store") when the room up to the next chip, or the column's edge, holds that on one line.
 */
export function drawChips(
  stage: StageColumn,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const { k, type } = frame;
  const font = { size: type.chip };
  return stage.touchpoints.flatMap((chip, i): SlideItem[] => {
    const box = frame.box(chip, stage.id);
    if (!box) return [];
    const next = stage.touchpoints[i + 1];
    const edge = next && next.y === chip.y ? frame.x(next.x) - 4 * k : frame.x(stage.x + stage.width) - 6 * k;
    const full = `${chip.name} · ${channelLabel(chip.channel, text.labels)}`;
    const fullWidth = frame.measure(full, font) + 20 * k;
    const whole = chip.lines.length < 2 && fullWidth <= edge - box.x;
    const w = whole ? Math.max(box.w, fullWidth) : box.w;
    const lines = whole
      ? [full]
      : frame.layoutText
        ? chip.lines
        : wrapIn(frame, chip.name, w - 20 * k, font, 2);
    const pitch = CHIP_LINE * k;
    return [
      {
        type: "shape",
        name: `Touchpoint chip: ${chip.name}`,
        shape: "roundRect",
        ...box,
        w,
        radius: Math.min(box.h / 2, 11 * k),
        fill: theme.chipFill,
      },
      textAt(
        `Touchpoint: ${chip.name} (${chip.channel})`,
        {
          x: box.x + 10 * k,
          baseline: box.y + box.h / 2 + 4 * k - ((lines.length - 1) * pitch) / 2,
          w: w - 20 * k,
          pitch,
        },
        lines.map((line) => paragraph(line, font, theme.text)),
      ),
    ];
  });
}
