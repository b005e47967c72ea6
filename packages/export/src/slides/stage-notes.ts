import type { JourneyMap, Quote } from "@journeykit/core";
import { cardBadges } from "../map-drawing/draw-cards.js";

const MAX_ITEMS = 8;
const MAX_QUOTES = 5;

function list(heading: string, items: string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_ITEMS).map((item) => `- ${item.replace(/\s+/g, " ").trim()}`);
  if (items.length > MAX_ITEMS) shown.push(`- … and ${items.length - MAX_ITEMS} more`);
  return [`${heading}:`, ...shown];
}

/**
 * Speaker notes for the given stages: for each, what happens (its actions, touchpoints), its pain
 * points (worst first), its moments of truth and, once the map holds evidence, what customers said.
 *
 * @example
 * stageNotes(map, ["s2"]); // "Stage 2: Order online\nWhat happens:\n- Opens the app…"
 */
export function stageNotes(map: JourneyMap, stageIds: readonly string[]): string {
  const lanes = new Map(map.lanes.map((l) => [l.id, l]));
  const sources = new Map(map.sources.map((s) => [s.id, s.name]));
  const parts: string[] = [];
  for (const stageId of stageIds) {
    const index = map.stages.findIndex((s) => s.id === stageId);
    const stage = map.stages[index];
    if (!stage) continue;
    const cards = map.cards.filter((c) => c.stageId === stageId);
    const ofKind = (kind: string) => cards.filter((c) => lanes.get(c.laneId)?.kind === kind);
    const pains = ofKind("painPoints").sort(
      (a, b) => (b.severity ?? 0) - (a.severity ?? 0) || (b.votes ?? 0) - (a.votes ?? 0),
    );
    const lines = [`Stage ${index + 1}: ${stage.name}`];
    if (stage.description) lines.push(stage.description);
    lines.push(
      ...list("What happens", [
        ...ofKind("actions").map((c) => c.text),
        ...map.touchpoints
          .filter((t) => t.stageId === stageId)
          .map((t) => `Touchpoint: ${t.name} (${t.channel})`),
      ]),
      ...list(
        "Pain points",
        pains.map((c) => (cardBadges(c, map.locale) ? `${c.text} (${cardBadges(c, map.locale)})` : c.text)),
      ),
      ...list(
        "Moments of truth",
        map.momentsOfTruth
          .filter((m) => m.stageId === stageId)
          .map(
            (m) =>
              `${m.kind}: ${m.title}${m.outcome ? ` (${m.outcome})` : ""}${m.description ? ` – ${m.description}` : ""}`,
          ),
      ),
    );
    const said = map.quotes.filter((q) => q.stageId === stageId);
    if (said.length > 0) {
      lines.push("What customers said:");
      for (const q of said.slice(0, MAX_QUOTES))
        lines.push(`- “${q.text.replace(/\s+/g, " ").trim()}”${quoteSuffix(q, sources)}`);
      if (said.length > MAX_QUOTES) lines.push(`- … and ${said.length - MAX_QUOTES} more quotes`);
    }
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}

/** Where a quote came from and how it felt: " (Survey 2026, sentiment −0.60)". */
function quoteSuffix(quote: Quote, sources: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  const source = quote.sourceId ? sources.get(quote.sourceId) : undefined;
  if (source) parts.push(source);
  if (quote.sentiment !== undefined)
    parts.push(`sentiment ${quote.sentiment > 0 ? "+" : ""}${quote.sentiment.toFixed(2)}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
