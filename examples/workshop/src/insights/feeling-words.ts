import { formatMetricMargin, formatMetricValue, formatNumber, type MetricKind } from "@journeykit/core";
import type { FeelingSignal, MeasuredFeeling } from "@journeykit/evidence";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";

const KIND: Record<FeelingSignal["kind"], MetricKind> = {
  NPS: "NPS",
  CSAT: "CSAT",
  CES: "CES",
  stars: "custom",
  sentiment: "sentiment",
};

/** One figure a feeling was measured from, as the map writes it: "NPS −39 ±24", "comment sentiment −0.40". */
function signalWords(signal: FeelingSignal, { t, labels }: WorkshopText): string {
  const metric = {
    kind: KIND[signal.kind],
    value: signal.value,
    ...(signal.margin !== undefined ? { marginOfError: signal.margin } : {}),
  };
  const label =
    signal.kind === "sentiment"
      ? t("feeling.commentSentiment")
      : signal.kind === "stars"
        ? t("feeling.stars")
        : signal.kind;
  const margin = formatMetricMargin(metric, labels);
  return `${label} ${formatMetricValue(metric, labels)}${margin ? ` ${margin}` : ""}`;
}

/**
 * What customers feel at a stage, with the figures it comes from, in the app's language: "−1.2 ±0.7,
 * from NPS −39 ±24, n=51" (in English the very words of evidence's `describeFeeling`).
 */
export function feelingWords(
  feeling: Pick<MeasuredFeeling, "value" | "margin" | "from" | "n">,
  text: WorkshopText = englishText,
): string {
  const { t, locale } = text;
  const margin =
    feeling.margin > 0 ? ` ±${formatNumber(feeling.margin, { locale, digits: 1, fixed: true })}` : "";
  const value = `${formatNumber(feeling.value, { locale, digits: 1, signed: true })}${margin}`;
  if (feeling.from.length === 0) return value;
  const signals = feeling.from.map((signal) => signalWords(signal, text)).join(` ${t("feeling.and")} `);
  return t("feeling.from", { value, signals, n: formatNumber(feeling.n, { locale }) });
}

/** The room's score beside what customers feel: "the room: +1; customers: −1.2 ±0.7, from NPS −39 ±24, n=51". */
export function disagreementWords(
  assumed: number,
  feeling: Pick<MeasuredFeeling, "value" | "margin" | "from" | "n">,
  text: WorkshopText = englishText,
): string {
  return text.t("feeling.disagreement", {
    room: formatNumber(assumed, { locale: text.locale, signed: true }),
    customers: feelingWords(feeling, text),
  });
}

/** Why a moment of truth is at risk, in the app's language: "the outcome failed; the room scores the stage −2.3". */
export function riskReasons(
  risk: { moment: { outcome?: string | undefined }; emotion: number | null },
  { t, locale }: WorkshopText = englishText,
): string[] {
  const reasons: string[] = [];
  if (risk.moment.outcome === "fail") reasons.push(t("insights.outcomeFailed"));
  if (risk.emotion !== null && risk.emotion < 0)
    reasons.push(t("insights.roomScores", { score: formatNumber(risk.emotion, { locale, digits: 1 }) }));
  return reasons;
}
