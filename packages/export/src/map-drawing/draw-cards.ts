import { coreTranslator, type JourneyLayout, type JourneyMap, type LabelOptions } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import { colourOver } from "../theme/colour-over.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph } from "./map-text.js";

/**
 * Severity, impact/effort and votes of a card in core's words ("Severity 4/5 · Impact 3 · 9 votes"),
 * in the language and numbers of `labels`; "" when it has none.
 */
export function cardBadges(card: JourneyMap["cards"][number], labels: LabelOptions): string {
  const { t } = coreTranslator(labels);
  const parts: string[] = [];
  if (card.severity !== undefined) parts.push(t("card.severity", { value: card.severity }));
  if (card.impact !== undefined) parts.push(t("card.impact", { value: card.impact }));
  if (card.effort !== undefined) parts.push(t("card.effort", { value: card.effort }));
  if ((card.votes ?? 0) > 0) parts.push(t("card.votes", { count: card.votes! }));
  return parts.join(" · ");
}

/**
 * The cards: a sticky note each in its lane's colour (or its own), its lines as the layout wrapped
 * them at the layout's line height, and its badges in the row the layout left for them. On a page
 * that ends inside a card the note is cut at the page's bottom.
 */
export function drawCards(
  map: JourneyMap,
  layout: JourneyLayout,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const { k, type } = frame;
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const { cardFontSize } = layout.options;
  const lineHeight = Math.round(cardFontSize * 1.35) / cardFontSize;
  const badgeFont = { size: type.cardBadges, weight: 600 };
  const strokes = new Map<string, string>();
  const strokeOver = (fill: string) => {
    const stroke = strokes.get(fill) ?? colourOver(theme.cardStroke, fill);
    strokes.set(fill, stroke);
    return stroke;
  };
  return layout.cards.flatMap((box): SlideItem[] => {
    const at = frame.box(box, box.stageId);
    const card = cards.get(box.id);
    if (!at || !card) return [];
    const fill = card.color ?? theme.cards[box.kind] ?? theme.cards.default;
    const badges = box.hasBadges ? cardBadges(card, text.labels) : "";
    // The badges sit in the row the layout left at the card's bottom, their baseline 9 px above it.
    const linesEnd = 10 * k + box.lines.length * type.card * lineHeight;
    const spaceBefore = (box.height - 9) * k - linesEnd - badgeFont.size * ((lineHeight - 1) / 2 + 0.8);
    return [
      {
        type: "text",
        name: `Card: ${box.lines[0] ?? ""}`,
        ...at,
        padding: 10 * k,
        shape: "roundRect",
        radius: 6 * k,
        fill,
        stroke: strokeOver(fill),
        strokeWidth: k,
        lineHeight,
        paragraphs: [
          ...box.lines.map((line) => paragraph(line, { size: type.card }, theme.text)),
          ...(badges
            ? [
                {
                  ...paragraph(fitIn(frame, badges, at.w - 20 * k, badgeFont), badgeFont, theme.muted),
                  spaceBefore: Math.max(0, spaceBefore),
                },
              ]
            : []),
        ],
        svg: { data: { "card-id": box.id } },
      },
    ];
  });
}
