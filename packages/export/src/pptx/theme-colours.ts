import type { JourneyMap } from "@journeykit/core";
import type JSZip from "jszip";
import type { SlideDeck } from "../slides/slide-model.js";
import { pptColor } from "./pptx-geometry.js";

const THEME_PART = "ppt/theme/theme1.xml";

/**
 * The deck's theme colours become the map's: text and background as dark 1 / light 1, muted text and
 * header fill as dark 2 / light 2, the personas' colours (then the outcome colours) as accents 1–6,
 * so PowerPoint's colour picker and restyled shapes use the map's palette. Changes `zip`'s theme part
 * in place (nothing when it has none).
 */
export async function themeColours(zip: JSZip, deck: SlideDeck, map: JourneyMap): Promise<void> {
  const part = zip.file(THEME_PART);
  if (!part) return;
  const t = deck.theme;
  const accents = [
    ...new Set([
      ...map.personas.map((p) => pptColor(p.color)),
      ...[t.outcome.delight, t.warning, t.outcome.neutral, t.muted, t.text, t.chipFill].map(pptColor),
    ]),
  ].slice(0, 6);
  const colour = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
  const scheme =
    '<a:clrScheme name="journeykit">' +
    colour("dk1", pptColor(t.text)) +
    colour("lt1", pptColor(t.background)) +
    colour("dk2", pptColor(t.muted)) +
    colour("lt2", pptColor(t.headerFill)) +
    accents.map((hex, i) => colour(`accent${i + 1}`, hex)).join("") +
    colour("hlink", pptColor(map.personas[0]?.color ?? t.text)) +
    colour("folHlink", pptColor(t.muted)) +
    "</a:clrScheme>";
  const xml = await part.async("string");
  zip.file(THEME_PART, xml.replace(/<a:clrScheme name="[^"]*">[\s\S]*?<\/a:clrScheme>/, scheme));
}
