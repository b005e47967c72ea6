import type { JourneyLayout, Rect } from "@journeykit/core";

/** One colour of the minimap: every shape of a kind as a single SVG path. */
export interface MinimapShape {
  kind: "header" | "card" | "touchpoint" | "emotions";
  color: string;
  /** Rectangles as `M x y h w v h h -w z` runs, in flow coordinates rounded to whole px. */
  d: string;
}

/** The colours the minimap has always drawn React Flow's nodes in (the same in light and dark themes). */
export const MINIMAP_COLORS: Record<MinimapShape["kind"], string> = {
  header: "#c7cfdb",
  card: "#f2c94c",
  touchpoint: "#9fd8b5",
  emotions: "#b8d0ff",
};

/** A rectangle as a closed subpath. */
function rectPath({ x, y, width, height }: Rect): string {
  const w = Math.round(width);
  return `M${Math.round(x)} ${Math.round(y)}h${w}v${Math.round(height)}h${-w}z`;
}

/**
 * What the minimap draws, straight from the layout (never from mounted nodes, so culling stays on):
 * stage and lane headers, the emotions lane, touchpoints and cards, one path per kind. Empty kinds are
 * left out.
 */
export function minimapShapes(layout: JourneyLayout): MinimapShape[] {
  const headers = [
    ...layout.stages.map((s) => ({ x: s.x, y: s.header.y, width: s.width, height: s.header.height })),
    ...layout.lanes.map((l) => ({ x: l.header.x, y: l.y, width: layout.laneHeaderWidth, height: l.height })),
  ];
  const first = layout.stages[0];
  const emotion = layout.emotion;
  const emotions =
    emotion && first
      ? [
          {
            x: first.x,
            y: emotion.top,
            width: layout.stages.reduce((w, s) => w + s.width, 0),
            height: emotion.bottom - emotion.top,
          },
        ]
      : [];
  const kinds: [MinimapShape["kind"], Rect[]][] = [
    ["header", headers],
    ["emotions", emotions],
    ["touchpoint", layout.touchpoints],
    ["card", layout.cards],
  ];
  return kinds
    .filter(([, rects]) => rects.length > 0)
    .map(([kind, rects]) => ({ kind, color: MINIMAP_COLORS[kind], d: rects.map(rectPath).join("") }));
}
