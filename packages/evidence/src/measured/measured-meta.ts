import type { EmotionPoint, JsonObject } from "@journeykit/core";
import type { FeelingSignal, FeelingSource, MeasuredFeeling } from "../analysis/emotion-from-evidence.js";

/** What a measured emotion point keeps in `meta.measured`: the feeling its integer score rounds. */
export type MeasuredMeta = Pick<MeasuredFeeling, "value" | "margin" | "basis" | "from" | "n">;

/**
 * The `meta.measured` of a measured point (plain JSON): the feeling with its interval and figures, so
 * Insights and the CLI can say "−1.2 ±0.7, from NPS −39 ±24, n=51" and compare with the interval
 * instead of the rounded score.
 *
 * @example
 * draft.emotions.push({ ...point, evidence: "measured", meta: { measured: measuredMeta(feeling) } });
 */
export function measuredMeta(feeling: MeasuredMeta): JsonObject {
  const json: JsonObject = {
    value: feeling.value,
    margin: feeling.margin,
    basis: feeling.basis,
    from: feeling.from.map((s) => ({
      kind: s.kind,
      value: s.value,
      n: s.n,
      ...(s.margin !== undefined ? { margin: s.margin } : {}),
    })),
    n: feeling.n,
  };
  return json;
}

const KINDS: readonly FeelingSource[] = ["NPS", "CSAT", "CES", "stars", "sentiment"];
const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function readSignal(value: unknown): FeelingSignal | undefined {
  if (!value || typeof value !== "object") return undefined;
  const s = value as Record<string, unknown>;
  if (!KINDS.includes(s.kind as FeelingSource) || !isNumber(s.value) || !isNumber(s.n)) return undefined;
  return {
    kind: s.kind as FeelingSource,
    value: s.value,
    n: s.n,
    ...(isNumber(s.margin) ? { margin: s.margin } : {}),
  };
}

/**
 * The feeling a measured point keeps in `meta.measured`, read defensively (a file edited by hand or by
 * another tool may hold anything there); undefined when absent or not of that shape.
 *
 * @example
 * readMeasuredMeta(point)?.margin; // 0.7
 */
export function readMeasuredMeta(point: Pick<EmotionPoint, "meta">): MeasuredMeta | undefined {
  const raw = point.meta?.measured;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  if (!isNumber(m.value) || !isNumber(m.margin) || !isNumber(m.n) || !Array.isArray(m.from)) return undefined;
  const from = m.from.map(readSignal);
  if (from.some((s) => s === undefined)) return undefined;
  return {
    value: m.value,
    margin: Math.max(0, m.margin),
    basis: m.basis === "comments" ? "comments" : "ratings",
    from: from as FeelingSignal[],
    n: m.n,
  };
}
