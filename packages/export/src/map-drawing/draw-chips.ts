import { channelLabel, type StageColumn } from "@journeykit/core";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt } from "./map-text.js";

/**
 * A stage's touchpoint chips (a map without a touchpoints lane): a pill with the touchpoint's name,
 * grown to name its channel too ("Front desk · In store") when the room up to the next chip, or the
 * column's edge, holds it.
 */
export function drawChips(stage: StageColumn, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const { k, type } = frame;
  const font = { size: type.chip };
  return stage.touchpoints.flatMap((chip, i): SlideItem[] => {
    const box = frame.box(chip, stage.id);
    if (!box) return [];
    const next = stage.touchpoints[i + 1];
    const edge = next && next.y === chip.y ? frame.x(next.x) - 4 * k : frame.x(stage.x + stage.width) - 6 * k;
    const full = `${chip.name} · ${channelLabel(chip.channel)}`;
    const fullWidth = frame.measure(full, font) + 20 * k;
    const w = fullWidth <= edge - box.x ? Math.max(box.w, fullWidth) : box.w;
    const text = fullWidth <= edge - box.x ? full : fitIn(frame, chip.name, w - 20 * k, font);
    const pill = { x: box.x, y: box.y, w, h: box.h };
    return [
      {
        type: "shape",
        name: `Touchpoint chip: ${chip.name}`,
        shape: "roundRect",
        ...pill,
        radius: pill.h / 2,
        fill: theme.chipFill,
      },
      textAt(
        `Touchpoint: ${chip.name} (${chip.channel})`,
        { x: box.x + 10 * k, baseline: box.y + box.h / 2 + 4 * k, w: w - 20 * k },
        [paragraph(text, font, theme.text)],
      ),
    ];
  });
}
