import type { JourneyMap } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { type InsightSection, insightSections } from "./insight-sections.js";
import { CONTENT_TOP, MARGIN, slideTitle, textItem } from "./slide-frame.js";
import type { Slide, SlideItem, SlideTableCell } from "./slide-model.js";
import { LINE, measure, TYPE, wrap } from "./slide-text.js";
import { columnWidths } from "./table-columns.js";

const CELL_PAD = 4;
/** Lines of a header cell and of a body cell (the last ends in "…" when cut). */
const HEADER_LINES = 2;
const CELL_LINES = 3;

/** The width of the longest word of `text` with a cell's padding. */
const longestWord = (text: string, bold: boolean) =>
  Math.max(0, ...text.split(/\s+/).map((word) => measure(word, TYPE.body, bold))) + 2 * CELL_PAD + 1;
const rowHeight = (cells: SlideTableCell[]) =>
  Math.max(...cells.map((c) => c.lines.length)) * TYPE.body * LINE + 2 * CELL_PAD;

/**
 * A section's column widths and its header and body cells, wrapped: a column is at least as wide as
 * its longest word (a long German header or kind word stays whole), up to two fifths of the table (a
 * file name of a source may break).
 */
function sectionCells(section: InsightSection, inner: number, theme: ExportTheme) {
  const least = section.columns.map((c, i) =>
    Math.min(
      inner * 0.4,
      Math.max(longestWord(c.label, true), ...section.rows.map((row) => longestWord(row[i]!.text, false))),
    ),
  );
  const widths = columnWidths(
    section.columns.map((c) => c.share),
    least,
    inner,
  );
  const cell = (text: string, i: number, color = theme.text, bold = false): SlideTableCell => ({
    lines: wrap(text, widths[i]! - 2 * CELL_PAD, TYPE.body, bold, bold ? HEADER_LINES : CELL_LINES),
    color,
    ...(bold ? { bold, fill: theme.headerFill } : {}),
  });
  const header = section.columns.map((c, i) => cell(c.label, i, theme.text, true));
  const body =
    section.rows.length > 0
      ? section.rows.map((row) => row.map((c, i) => cell(c.text, i, c.color ?? theme.text)))
      : [section.columns.map((_, i) => cell(i === 0 ? section.empty : "", i, theme.muted))];
  return { widths, header, body };
}

/**
 * The moments of truth at risk and every metric as native tables (`insightSections`); rows that do
 * not fit continue on the next slide under the repeated header row; in `text`'s words.
 */
export function insightSlides(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: ExportTheme,
  text: ExportText,
): Slide[] {
  const { t } = text;
  const sections = insightSections(map, theme, text);
  const inner = page.width - 2 * MARGIN;
  const bottom = page.height - MARGIN;
  const slides: { items: SlideItem[]; notes: string[] }[] = [];
  let current: { items: SlideItem[]; notes: string[] } | undefined;
  let y = 0;
  const newSlide = () => {
    current = { items: [], notes: [] };
    slides.push(current);
    y = CONTENT_TOP;
  };
  newSlide();
  for (const section of sections) {
    const { widths, header, body } = sectionCells(section, inner, theme);
    let rowIndex = 0;
    let part = 0;
    while (rowIndex < body.length) {
      const headingH = TYPE.heading * LINE + 4;
      if (y + headingH + rowHeight(header) + rowHeight(body[rowIndex]!) > bottom) newSlide();
      const rows = [header];
      let h = y + headingH + rowHeight(header);
      while (rowIndex < body.length && h + rowHeight(body[rowIndex]!) <= bottom) {
        h += rowHeight(body[rowIndex]!);
        rows.push(body[rowIndex++]!);
      }
      if (rows.length === 1) rows.push(body[rowIndex++]!); // a row taller than a slide still shows
      const heading = part > 0 ? t("insights.continued", { heading: section.heading }) : section.heading;
      current!.items.push(
        textItem(`Heading: ${heading}`, { x: MARGIN, y, w: inner }, [
          { text: heading, size: TYPE.heading, bold: true, color: theme.text },
        ]),
        {
          type: "table",
          name: `Table: ${section.heading}`,
          x: MARGIN,
          y: y + headingH,
          colWidths: widths,
          rowHeights: rows.map(rowHeight),
          rows,
          size: TYPE.body,
          border: theme.grid,
        },
      );
      current!.notes.push(
        ...rows.slice(1).map((r) =>
          r
            .map((c) => c.lines.join(" "))
            .filter(Boolean)
            .join(" – "),
        ),
      );
      y += headingH + rows.reduce((sum, r) => sum + rowHeight(r), 0) + 16;
      part++;
    }
  }
  return slides.map((s, i) => {
    const title =
      slides.length > 1
        ? t("slide.page", { title: t("slide.insights"), page: i + 1, pages: slides.length })
        : t("slide.insights");
    return {
      kind: "insights" as const,
      title,
      notes: s.notes.join("\n"),
      items: [...slideTitle(page.width, theme, title), ...s.items],
    };
  });
}
