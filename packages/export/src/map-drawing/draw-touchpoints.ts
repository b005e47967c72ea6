import type { JourneyLayout } from "@journeykit/core";
import type { SlideItem, SvgMeta } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt, wrapIn } from "./map-text.js";

/** A touchpoint's second line adds this (core's `TOUCHPOINT_LINE`), in layout pixels. */
const TOUCHPOINT_LINE = 16;

/**
 * The touchpoints in the touchpoints lane: a rounded box each with its name (the layout's one or two
 * lines, the second shortened) and its channel as a tag at the right; name and channel are its
 * tooltip.
 */
export function drawTouchpoints(layout: JourneyLayout, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const { k, type } = frame;
  const font = { size: type.touchpoint, weight: 600 };
  const tagFont = { size: type.channel, weight: 600 };
  return layout.touchpoints.flatMap((tp): SlideItem[] => {
    const at = frame.box(tp, tp.stageId);
    if (!at) return [];
    const box = { ...at, h: Math.max(at.h, font.size * LINE + 6 * k) };
    const middle = box.y + box.h / 2;
    const svg: SvgMeta = { data: { "touchpoint-id": tp.id }, tooltip: `${tp.name} · ${tp.channelLabel}` };
    const tagW = Math.round(frame.measure(tp.channelLabel, tagFont) + 12 * k);
    // The tag keeps a one-line box's height, centred beside a name of two lines.
    const tag = { x: box.x + box.w - 8 * k - tagW, y: middle - 9 * k, w: tagW, h: 18 * k };
    const room = box.w - tagW - 24 * k;
    const lines = frame.layoutText ? tp.lines : wrapIn(frame, tp.name, room, font, 2);
    const pitch = TOUCHPOINT_LINE * k;
    const name = `Touchpoint: ${tp.name} (${tp.channelLabel})`;
    return [
      {
        type: "shape",
        name: `${name} box`,
        shape: "roundRect",
        ...box,
        radius: 8 * k,
        fill: theme.chipFill,
        stroke: theme.grid,
        strokeWidth: k,
        svg,
      },
      textAt(
        name,
        { x: box.x + 8 * k, baseline: middle + 4 * k - ((lines.length - 1) * pitch) / 2, w: room, pitch },
        lines.map((line) => paragraph(line, font, theme.text)),
        { svg },
      ),
      {
        type: "shape",
        name: `Channel: ${tp.channelLabel}`,
        shape: "roundRect",
        ...tag,
        radius: 9 * k,
        fill: theme.background,
        svg,
      },
      textAt(
        `Channel: ${tp.channelLabel}`,
        { x: tag.x + tag.w / 2, baseline: middle + 3.5 * k, w: tag.w },
        [paragraph(tp.channelLabel, tagFont, theme.muted)],
        {
          align: "center",
          svg,
        },
      ),
    ];
  });
}
