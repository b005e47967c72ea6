import type { JourneyMap } from "../records/journey-map.js";
import type { Quote } from "../records/quote.js";

/**
 * Every stage's customer quotes, in document order: a quote belongs to its `stageId`, or, when it
 * names none, to the stage of its `touchpointId`. A quote that reaches no stage of the map is in no list.
 *
 * @example
 * quotesByStage(map).get(pay.id)?.length; // 3
 */
export function quotesByStage(map: Pick<JourneyMap, "quotes" | "touchpoints">): Map<string, Quote[]> {
  const byStage = new Map<string, Quote[]>();
  if (map.quotes.length === 0) return byStage;
  const stageOfTouchpoint = new Map(map.touchpoints.map((t) => [t.id, t.stageId]));
  for (const quote of map.quotes) {
    const stageId =
      quote.stageId ??
      (quote.touchpointId === undefined ? undefined : stageOfTouchpoint.get(quote.touchpointId));
    if (stageId === undefined) continue;
    const list = byStage.get(stageId);
    if (list) list.push(quote);
    else byStage.set(stageId, [quote]);
  }
  return byStage;
}

/**
 * The customer quotes placed at one stage (see `quotesByStage`), in document order.
 *
 * @example
 * stageQuotes(map, pay.id).map((q) => q.text); // ["The bill took ages.", ...]
 */
export function stageQuotes(map: Pick<JourneyMap, "quotes" | "touchpoints">, stageId: string): Quote[] {
  return quotesByStage(map).get(stageId) ?? [];
}
