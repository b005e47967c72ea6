import type { LaneKind } from "@journeykit/core";

/** The colours of every picture of a map: the SVG, the PNGs, the PPTX and PDF decks. */
export interface ExportTheme {
  background: string;
  text: string;
  muted: string;
  grid: string;
  headerFill: string;
  laneFill: string;
  laneAltFill: string;
  chipFill: string;
  cardStroke: string;
  cards: Partial<Record<LaneKind, string>> & { default: string };
  outcome: { delight: string; neutral: string; fail: string; none: string };
  warning: string;
}

export const lightTheme: ExportTheme = {
  background: "#ffffff",
  text: "#1d2330",
  muted: "#5b6475",
  grid: "#e3e7ee",
  headerFill: "#f4f6fa",
  laneFill: "#fbfcfd",
  laneAltFill: "#f6f8fb",
  chipFill: "#e8eefe",
  cardStroke: "#00000014",
  cards: {
    default: "#fff4b8",
    actions: "#fff4b8",
    thoughts: "#e3f0ff",
    feelings: "#fde7f3",
    touchpoints: "#e9f7ef",
    painPoints: "#ffdfe1",
    opportunities: "#d9f5e4",
    evidence: "#efe9ff",
    frontstage: "#e4f4fb",
    backstage: "#eceff4",
    support: "#f1f1ea",
    metrics: "#eef2f7",
    notes: "#fff4b8",
  },
  outcome: { delight: "#22a35a", neutral: "#8a93a6", fail: "#d63b4b", none: "#5b6475" },
  warning: "#d63b4b",
};

export const darkTheme: ExportTheme = {
  background: "#151922",
  text: "#eef1f6",
  muted: "#a2abbd",
  grid: "#2b3242",
  headerFill: "#1d2330",
  laneFill: "#181d27",
  laneAltFill: "#1b212c",
  chipFill: "#263352",
  cardStroke: "#ffffff1a",
  cards: {
    default: "#4a4420",
    actions: "#4a4420",
    thoughts: "#1f3552",
    feelings: "#4a2540",
    touchpoints: "#1f4030",
    painPoints: "#55262c",
    opportunities: "#1d4a33",
    evidence: "#32284f",
    frontstage: "#1d3d4c",
    backstage: "#2a303c",
    support: "#36362a",
    metrics: "#263040",
    notes: "#4a4420",
  },
  outcome: { delight: "#3cc47c", neutral: "#8a93a6", fail: "#ef5a68", none: "#a2abbd" },
  warning: "#ef5a68",
};

/**
 * The colours `renderSvg`, `renderSlideSvg`, `toPptx` and `toPdf` draw with, by theme name; e.g. the
 * background a rasterizer should fill behind the map.
 *
 * @example
 * new Resvg(renderSvg(map, { theme: "dark" }), { background: SVG_THEMES.dark.background });
 */
export const SVG_THEMES: Readonly<Record<"light" | "dark", ExportTheme>> = {
  light: lightTheme,
  dark: darkTheme,
};

/**
 * The colours of every exported picture, under the name they were first published with (the SVG was
 * the first picture); the same as `ExportTheme`.
 */
export type SvgTheme = ExportTheme;
