import { type JourneyLayout, type LaneRow, laneKindTitle } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { blueprintLabel } from "./draw-blueprint-lines.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt, wrapIn } from "./map-text.js";

/** Where a lane's title and kind word go in the lane-title column, from the lane's top in the picture. */
export interface LaneLabel {
  /** The title in at most three lines ("Kitchen (cont.)" on a later page). */
  title: string[];
  /** The kind in core's words ("Backstage" under "Kitchen"), only when the title does not already say it. */
  kind: string | undefined;
  /** Baselines of the title's first line and of the kind word, below the lane's top. */
  titleBaseline: number;
  kindBaseline: number;
  /** Where the label ends, below the lane's top (the emotion legend starts under it). */
  bottom: number;
}

/** A lane's label in `frame` in the words of `text`, `continued` on a later page. */
export function laneLabel(lane: LaneRow, frame: MapFrame, text: ExportText, continued = false): LaneLabel {
  const { k, type } = frame;
  const font = { size: type.laneTitle, weight: 700 };
  const shown = continued ? text.t("lane.continued", { title: lane.title }) : lane.title;
  const title = wrapIn(frame, shown, frame.titleRight - frame.left - 20 * k, font, 3);
  const words = laneKindTitle(lane.kind, text.labels);
  const kind = words && words.toLowerCase() !== lane.title.trim().toLowerCase() ? words : undefined;
  const titleBaseline = 24 * k;
  const last = titleBaseline + (title.length - 1) * font.size * LINE;
  const kindBaseline = last + 18 * k;
  return { title, kind, titleBaseline, kindBaseline, bottom: (kind ? kindBaseline : last) + 4 * k };
}

/**
 * The lanes: a band each (alternating fills) with a grid line on top, its title and kind word in the
 * lane-title column (moved down under a blueprint label that sits below its line), and the line
 * under the last lane.
 */
export function drawLanes(
  layout: JourneyLayout,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const { k, type } = frame;
  const items: SlideItem[] = [];
  const labelsBelow = layout.blueprintLines.flatMap((line) => {
    const label = blueprintLabel(line, frame);
    return label?.below ? [label] : [];
  });
  const rule = (name: string, y: number): SlideItem => ({
    type: "line",
    name,
    x1: frame.left,
    y1: y,
    x2: frame.right,
    y2: y,
    color: theme.grid,
    width: k,
  });
  layout.lanes.forEach((lane, i) => {
    const span = frame.span(lane.y, lane.height);
    if (!span) return;
    const name = `Lane: ${lane.title}`;
    const fill = i % 2 ? theme.laneAltFill : theme.laneFill;
    items.push(
      {
        type: "shape",
        name,
        shape: "rect",
        x: frame.left,
        y: span.y,
        w: frame.right - frame.left,
        h: span.h,
        fill,
      },
      rule(`Lane line: ${lane.title}`, span.y),
    );
    const below = labelsBelow.find((label) => Math.abs(label.y - span.y) < 0.01)?.height ?? 0;
    const label = laneLabel(lane, frame, text, span.continued);
    const x = frame.left + 12 * k;
    const w = frame.titleRight - x - 8 * k;
    const font = { size: type.laneTitle, weight: 700 };
    items.push(
      textAt(
        `Lane title: ${lane.title}`,
        { x, baseline: span.y + below + label.titleBaseline, w, pitch: font.size * LINE },
        label.title.map((line) => paragraph(line, font, theme.text)),
      ),
    );
    if (label.kind)
      items.push(
        textAt(`Lane kind: ${label.kind}`, { x, baseline: span.y + below + label.kindBaseline, w }, [
          // A language's longer word ("Unterstützungsprozesse") is shortened to the column, never past it.
          paragraph(
            fitIn(frame, label.kind, w, { size: type.laneKind }),
            { size: type.laneKind },
            theme.muted,
          ),
        ]),
      );
  });
  items.push(rule("Lane line: end", frame.bottom));
  return items;
}
