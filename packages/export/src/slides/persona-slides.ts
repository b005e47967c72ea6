import type { JourneyMap } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { emotionSlide } from "./emotion-slide.js";
import { fillBox } from "./fill-box.js";
import { CONTENT_TOP, MARGIN, paragraphsHeight, textItem } from "./slide-frame.js";
import type { Slide, SlideItem } from "./slide-model.js";
import { fit, LINE, TYPE, wrap } from "./slide-text.js";

const GAP = 8;

/**
 * One slide per persona: name, role and quote; demographics, needs, motivations, goals and
 * frustrations on the left; the empathy map (thinks, feels, says, does) as a 2×2 on the right; in
 * `text`'s words.
 */
export function personaSlides(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: ExportTheme,
  text: ExportText,
): Slide[] {
  const { t } = text;
  const colors = { text: theme.text, muted: theme.muted };
  return map.personas.map((persona) => {
    const left = MARGIN + 10;
    const inner = page.width - left - MARGIN;
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
      textItem("Title", { x: left, y: 14, w: inner }, [
        { text: fit(persona.name, inner, TYPE.title, true), size: TYPE.title, bold: true, color: theme.text },
      ]),
    ];
    const byline = [persona.role, persona.quote ? `“${persona.quote}”` : ""].filter(Boolean).join(" · ");
    let top = CONTENT_TOP;
    if (byline) {
      const paragraphs = wrap(byline, inner, TYPE.body + 1, false, 2).map((text) => ({
        text,
        size: TYPE.body + 1,
        italic: true,
        color: theme.muted,
      }));
      items.push(textItem("Persona quote", { x: left, y: 14 + TYPE.title * LINE, w: inner }, paragraphs));
      top = 14 + TYPE.title * LINE + paragraphsHeight(paragraphs) + 8;
    }
    const colW = inner * 0.46;
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
    const available = page.height - MARGIN - top;
    // Each section gets an equal share; one left over is handed to the next.
    let y = top;
    present.forEach(([id, heading, list], i) => {
      const share = (page.height - MARGIN - y) / (present.length - i);
      const paragraphs = fillBox(
        heading,
        list,
        colW,
        Math.max(share - 6, TYPE.heading * LINE + TYPE.body * LINE),
        colors,
        text,
      );
      const h = paragraphsHeight(paragraphs);
      items.push(textItem(`Persona ${id}`, { x: left, y, w: colW, h }, paragraphs));
      y += h + 6;
    });
    if (present.length === 0 && available > 0)
      items.push(
        textItem("Persona profile", { x: left, y, w: colW }, [
          { text: t("persona.noProfile"), size: TYPE.body, color: theme.muted },
        ]),
      );
    const quadrants: [string, string, string[]][] = [
      ["Thinks", t("persona.thinks"), persona.empathyMap?.thinks ?? []],
      ["Feels", t("persona.feels"), persona.empathyMap?.feels ?? []],
      ["Says", t("persona.says"), persona.empathyMap?.says ?? []],
      ["Does", t("persona.does"), persona.empathyMap?.does ?? []],
    ];
    const qx = left + colW + 16;
    const qw = (page.width - MARGIN - qx - GAP) / 2;
    const qh = (page.height - MARGIN - top - GAP) / 2;
    if (quadrants.every(([, , list]) => list.length === 0)) {
      // No empathy map yet: the right half shows this persona's emotion over the journey instead.
      const curve = emotionSlide(map, page, theme, text).items.find((item) => item.type === "chart");
      if (curve?.type === "chart")
        items.push({
          ...curve,
          name: `Emotion curve: ${persona.name}`,
          title: t("chart.persona", { name: persona.name }),
          x: qx,
          y: top,
          w: page.width - MARGIN - qx,
          h: page.height - MARGIN - top,
          // The persona's drawn curve and, when it has one, its measured curve (dashed).
          series: curve.series.filter((s) => s.personaId === persona.id),
        });
      return {
        kind: "persona",
        title: persona.name,
        notes: [persona.role, persona.quote].filter(Boolean).join("\n"),
        items,
      };
    }
    quadrants.forEach(([id, heading, list], i) => {
      items.push(
        textItem(
          `Empathy map: ${id}`,
          { x: qx + (i % 2) * (qw + GAP), y: top + Math.floor(i / 2) * (qh + GAP), w: qw, h: qh },
          fillBox(heading, list, qw - 16, qh - 16, colors, text),
          { shape: "rect", fill: theme.headerFill, stroke: theme.grid, strokeWidth: 0.75, padding: 8 },
        ),
      );
    });
    return {
      kind: "persona",
      title: persona.name,
      notes: [persona.role, persona.quote].filter(Boolean).join("\n"),
      items,
    };
  });
}
