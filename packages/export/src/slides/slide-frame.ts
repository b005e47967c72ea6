import type { ExportTheme } from "../theme/export-theme.js";
import type { SlideItem, SlideParagraph, SlideText } from "./slide-model.js";
import { fit, LINE, measure, TYPE } from "./slide-text.js";

/** Margin around every slide's content, in points. */
export const MARGIN = 22;
/** Where content starts below a slide's title. */
export const CONTENT_TOP = 58;

/** The height in points that paragraphs take, with `padding` above and below. */
export function paragraphsHeight(paragraphs: readonly SlideParagraph[], padding = 0): number {
  return paragraphs.reduce((h, p) => h + p.size * LINE, 0) + 2 * padding;
}

/** A text item: the paragraphs as given (already wrapped), inside a box. */
export function textItem(
  name: string,
  box: { x: number; y: number; w: number; h?: number },
  paragraphs: SlideParagraph[],
  style: Partial<Omit<SlideText, "type" | "name" | "paragraphs" | "x" | "y" | "w" | "h">> = {},
): SlideText {
  const padding = style.padding ?? 0;
  return {
    type: "text",
    name,
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h ?? paragraphsHeight(paragraphs, padding),
    paragraphs,
    padding,
    ...style,
  };
}

/** The title line of a slide (and an optional subtitle beside it), fitted to the slide's width. */
export function slideTitle(width: number, theme: ExportTheme, title: string, subtitle?: string): SlideItem[] {
  const w = width - 2 * MARGIN;
  const items: SlideItem[] = [
    textItem("Title", { x: MARGIN, y: 14, w }, [
      { text: fit(title, w, TYPE.title, true), size: TYPE.title, bold: true, color: theme.text },
    ]),
  ];
  if (subtitle)
    items.push(
      textItem("Subtitle", { x: MARGIN, y: 14 + TYPE.title * LINE, w }, [
        { text: fit(subtitle, w, TYPE.body), size: TYPE.body, color: theme.muted },
      ]),
    );
  return items;
}

/**
 * A slide's title written around the map's title (`build("Coffee run")` → "Coffee run: stages 1–3
 * (2/3)"), the map's title shortened so the whole fits the slide: it is on every slide, so it gives
 * way, never the words around it.
 */
export function titleAround(width: number, mapTitle: string, build: (title: string) => string): string {
  const room = width - 2 * MARGIN - measure(build(""), TYPE.title, true);
  return build(fit(mapTitle, room, TYPE.title, true));
}
