import {
  channelLabel,
  documentIndex,
  formatNumber,
  type JourneyMap,
  laneKindTitle,
  type Quote,
} from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import { cardBadges } from "../map-drawing/draw-cards.js";
import { momentKind, momentOutcome } from "../map-drawing/moment-words.js";

const MAX_ITEMS = 8;
const MAX_QUOTES = 5;

function list(heading: string, items: string[], text: ExportText): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_ITEMS).map((item) => `- ${item.replace(/\s+/g, " ").trim()}`);
  if (items.length > MAX_ITEMS) shown.push(`- ${text.t("list.more", { count: items.length - MAX_ITEMS })}`);
  return [text.t("notes.heading", { heading }), ...shown];
}

/**
 * Speaker notes for the given stages, in `text`'s words: for each, what happens (its actions,
 * touchpoints), its pain points (worst first), its moments of truth and, once the map holds
 * evidence, what customers said.
 *
 * @example
 * stageNotes(map, ["s2"], text); // "Stage 2: Order online\nWhat happens:\n- Opens the app…"
 */
export function stageNotes(map: JourneyMap, stageIds: readonly string[], text: ExportText): string {
  const { t, labels } = text;
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
    const lines = [t("notes.stage", { number: index + 1, name: stage.name })];
    if (stage.description) lines.push(stage.description);
    lines.push(
      ...list(
        t("notes.whatHappens"),
        [
          ...ofKind("actions").map((c) => c.text),
          ...documentIndex(map)
            .touchpointsInStage(stageId)
            .map((tp) => t("notes.touchpoint", { name: tp.name, channel: channelLabel(tp.channel, labels) })),
        ],
        text,
      ),
      ...list(
        laneKindTitle("painPoints", labels),
        pains.map((c) => {
          const badges = cardBadges(c, labels);
          return badges ? `${c.text} (${badges})` : c.text;
        }),
        text,
      ),
      ...list(
        t("notes.moments"),
        map.momentsOfTruth
          .filter((m) => m.stageId === stageId)
          .map(
            (m) =>
              `${t("moment.line", { kind: momentKind(m.kind, text), title: m.title })}${m.outcome ? ` (${momentOutcome(m.outcome, text)})` : ""}${m.description ? ` – ${m.description}` : ""}`,
          ),
        text,
      ),
    );
    const said = map.quotes.filter((q) => q.stageId === stageId);
    if (said.length > 0) {
      lines.push(t("notes.heading", { heading: t("notes.said") }));
      for (const q of said.slice(0, MAX_QUOTES))
        lines.push(`- “${q.text.replace(/\s+/g, " ").trim()}”${quoteSuffix(q, sources, text)}`);
      if (said.length > MAX_QUOTES)
        lines.push(`- ${t("notes.moreQuotes", { count: said.length - MAX_QUOTES })}`);
    }
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}

/** Where a quote came from and how it felt: " (Survey 2026, sentiment −0.60)". */
function quoteSuffix(quote: Quote, sources: ReadonlyMap<string, string>, text: ExportText): string {
  const parts: string[] = [];
  const source = quote.sourceId ? sources.get(quote.sourceId) : undefined;
  if (source) parts.push(source);
  if (quote.sentiment !== undefined) {
    const value = formatNumber(quote.sentiment, { ...text.labels, digits: 2, fixed: true, signed: true });
    parts.push(text.t("notes.sentiment", { value }));
  }
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
