import {
  coreTranslator,
  formatMetricValue,
  formatNumber,
  type JourneyMap,
  laneKindTitle,
  metricFigure,
  metricOwner,
  metricProvenance,
  metricTrend,
  momentsAtRisk,
} from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import { momentKind } from "../map-drawing/moment-words.js";
import type { ExportTheme } from "../theme/export-theme.js";

/** One table of the insight slides: its heading, columns (with their share of the width) and rows. */
export interface InsightSection {
  heading: string;
  columns: { label: string; share: number }[];
  rows: { text: string; color?: string }[][];
  /** What the table says when it has no row. */
  empty: string;
}

/**
 * The insight tables' contents in `text`'s words: the moments of truth at risk (worst first, with
 * why) and every metric (where, figure, trend, target, measured from what or typed).
 */
export function insightSections(map: JourneyMap, theme: ExportTheme, text: ExportText): InsightSection[] {
  const { t, labels } = text;
  const options = labels;
  const stageName = (id: string | undefined) => {
    const i = map.stages.findIndex((s) => s.id === id);
    return i < 0 ? coreTranslator(labels).t("metric.wholeJourney") : `${i + 1}. ${map.stages[i]!.name}`;
  };
  /** Why a moment is at risk (core's `reasons` are English): its outcome failed, the room scores its stage low. */
  const reasons = (r: ReturnType<typeof momentsAtRisk>[number]) => [
    ...(r.moment.outcome === "fail" ? [t("insights.failed")] : []),
    ...(r.emotion !== null && r.emotion < 0
      ? [t("insights.roomScores", { score: formatNumber(r.emotion, { ...labels, digits: 1 }) })]
      : []),
  ];
  return [
    {
      heading: t("insights.risks"),
      columns: [
        { label: t("insights.moment"), share: 0.3 },
        { label: t("insights.stage"), share: 0.2 },
        { label: t("insights.kind"), share: 0.1 },
        { label: t("insights.importance"), share: 0.12 },
        { label: t("insights.why"), share: 0.28 },
      ],
      rows: momentsAtRisk(map).map((r) => [
        { text: r.moment.title },
        { text: stageName(r.moment.stageId) },
        { text: momentKind(r.moment.kind, text) },
        { text: `${r.moment.importance}/5` },
        { text: reasons(r).join("; "), color: theme.warning },
      ]),
      empty: t("insights.noRisks"),
    },
    {
      heading: laneKindTitle("metrics", labels),
      columns: [
        { label: t("insights.where"), share: 0.22 },
        { label: t("insights.metric"), share: 0.3 },
        { label: t("insights.trend"), share: 0.1 },
        { label: t("insights.target"), share: 0.1 },
        { label: t("insights.from"), share: 0.28 },
      ],
      rows: map.metrics.map((m) => {
        const below = m.target !== undefined && m.value < m.target;
        const owner = metricOwner(map, m, options);
        const stage = owner.kind === "journey" ? owner.name : stageName(owner.stageId);
        return [
          { text: owner.kind === "touchpoint" ? `${stage} · ${owner.name}` : stage },
          { text: metricFigure(m, options), ...(below ? { color: theme.warning } : {}) },
          { text: metricTrend(m, options)?.text ?? "" },
          {
            text: m.target === undefined ? "" : formatMetricValue({ kind: m.kind, value: m.target }, options),
          },
          { text: metricProvenance(map, m, options).detail },
        ];
      }),
      empty: t("insights.noMetrics"),
    },
  ];
}
