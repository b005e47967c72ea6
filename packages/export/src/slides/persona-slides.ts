import type { JourneyMap, Persona } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { emotionSlide } from "./emotion-slide.js";
import { fillBox } from "./fill-box.js";
import { CONTENT_TOP, MARGIN, paragraphsHeight, textItem } from "./slide-frame.js";
import type { Slide, SlideItem } from "./slide-model.js";
import { fit, LINE, TYPE, wrap } from "./slide-text.js";

const GAP = 8;
/** Where a persona slide's content starts on the left, inside the persona's colour bar. */
const LEFT = MARGIN + 10;

type Page = { width: number; height: number };

/** The colour bar, the persona's name and its role and quote; `top` is where the content starts. */
function personaHeading(persona: Persona, page: Page, theme: ExportTheme) {
  const inner = page.width - LEFT - MARGIN;
  const items: SlideItem[] = [
    {
      type: "shape",
      name: `Persona colour: ${persona.name}`,
      shape: "rect",
      x: 0,
      y: 0,
      w: 8,
      h: page.height,
      fill: persona.color,
    },
    textItem("Title", { x: LEFT, y: 14, w: inner }, [
      { text: fit(persona.name, inner, TYPE.title, true), size: TYPE.title, bold: true, color: theme.text },
    ]),
  ];
  const byline = [persona.role, persona.quote ? `“${persona.quote}”` : ""].filter(Boolean).join(" · ");
  if (!byline) return { items, top: CONTENT_TOP };
  const paragraphs = wrap(byline, inner, TYPE.body + 1, false, 2).map((text) => ({
    text,
    size: TYPE.body + 1,
    italic: true,
    color: theme.muted,
  }));
  items.push(textItem("Persona quote", { x: LEFT, y: 14 + TYPE.title * LINE, w: inner }, paragraphs));
  return { items, top: 14 + TYPE.title * LINE + paragraphsHeight(paragraphs) + 8 };
}

/** The left column: demographics, needs, motivations, goals and frustrations, each an equal share. */
function profileColumn(
  persona: Persona,
  box: { top: number; width: number; bottom: number },
  theme: ExportTheme,
  text: ExportText,
): SlideItem[] {
  const { t } = text;
  const colors = { text: theme.text, muted: theme.muted };
  // Each section's name in the selection pane ("Persona needs") and its heading in the deck's words.
  const sections: [string, string, string[]][] = [
    [
      "demographics",
      t("persona.demographics"),
      Object.entries(persona.demographics).map(([k, v]) => `${k}: ${v}`),
    ],
    ["needs", t("persona.needs"), persona.needs],
    ["motivations", t("persona.motivations"), persona.motivations],
    ["goals", t("persona.goals"), persona.goals],
    ["frustrations", t("persona.frustrations"), persona.frustrations],
  ];
  const present = sections.filter(([, , list]) => list.length > 0);
  if (present.length === 0)
    return box.bottom > box.top
      ? [
          textItem("Persona profile", { x: LEFT, y: box.top, w: box.width }, [
            { text: t("persona.noProfile"), size: TYPE.body, color: theme.muted },
          ]),
        ]
      : [];
  const items: SlideItem[] = [];
  // Each section gets an equal share; one left over is handed to the next.
  let y = box.top;
  present.forEach(([id, heading, list], i) => {
    const share = (box.bottom - y) / (present.length - i);
    const room = Math.max(share - 6, TYPE.heading * LINE + TYPE.body * LINE);
    const paragraphs = fillBox(heading, list, box.width, room, colors, text);
    const h = paragraphsHeight(paragraphs);
    items.push(textItem(`Persona ${id}`, { x: LEFT, y, w: box.width, h }, paragraphs));
    y += h + 6;
  });
  return items;
}

/**
 * The right half: the empathy map (thinks, feels, says, does) as a 2×2, or, with no empathy map yet,
 * this persona's emotion over the journey (its drawn curve and, when it has one, its measured curve).
 */
function empathyHalf(
  map: JourneyMap,
  persona: Persona,
  page: Page,
  box: { top: number; x: number },
  theme: ExportTheme,
  text: ExportText,
): SlideItem[] {
  const { t } = text;
  const quadrants: [string, string, string[]][] = [
    ["Thinks", t("persona.thinks"), persona.empathyMap?.thinks ?? []],
    ["Feels", t("persona.feels"), persona.empathyMap?.feels ?? []],
    ["Says", t("persona.says"), persona.empathyMap?.says ?? []],
    ["Does", t("persona.does"), persona.empathyMap?.does ?? []],
  ];
  const { top, x } = box;
  if (quadrants.every(([, , list]) => list.length === 0)) {
    const curve = emotionSlide(map, page, theme, text).items.find((item) => item.type === "chart");
    if (curve?.type !== "chart") return [];
    const series = curve.series.filter((s) => s.personaId === persona.id);
    const place = { x, y: top, w: page.width - MARGIN - x, h: page.height - MARGIN - top };
    const title = t("chart.persona", { name: persona.name });
    return [{ ...curve, ...place, name: `Emotion curve: ${persona.name}`, title, series }];
  }
  const qw = (page.width - MARGIN - x - GAP) / 2;
  const qh = (page.height - MARGIN - top - GAP) / 2;
  const colors = { text: theme.text, muted: theme.muted };
  return quadrants.map(([id, heading, list], i) =>
    textItem(
      `Empathy map: ${id}`,
      { x: x + (i % 2) * (qw + GAP), y: top + Math.floor(i / 2) * (qh + GAP), w: qw, h: qh },
      fillBox(heading, list, qw - 16, qh - 16, colors, text),
      { shape: "rect", fill: theme.headerFill, stroke: theme.grid, strokeWidth: 0.75, padding: 8 },
    ),
  );
}

/**
 * One slide per persona: name, role and quote; demographics, needs, motivations, goals and
 * frustrations on the left; the empathy map (thinks, feels, says, does) as a 2×2 on the right; in
 * `text`'s words.
 */
export function personaSlides(map: JourneyMap, page: Page, theme: ExportTheme, text: ExportText): Slide[] {
  return map.personas.map((persona) => {
    const { items, top } = personaHeading(persona, page, theme);
    const width = (page.width - LEFT - MARGIN) * 0.46;
    items.push(
      ...profileColumn(persona, { top, width, bottom: page.height - MARGIN }, theme, text),
      ...empathyHalf(map, persona, page, { top, x: LEFT + width + 16 }, theme, text),
    );
    return {
      kind: "persona",
      title: persona.name,
      notes: [persona.role, persona.quote].filter(Boolean).join("\n"),
      items,
    };
  });
}
