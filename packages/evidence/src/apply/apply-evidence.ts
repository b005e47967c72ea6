import {
  createId,
  defineOperation,
  LANE_KIND_TITLES,
  LIMITS,
  type Metric,
  type MetricPoint,
  type Operation,
} from "@journeykit/core";
import type { EvidenceAnalysis } from "../analysis/evidence-analysis.js";
import { describeFeeling } from "../measured/describe-feeling.js";
import { measuredMeta } from "../measured/measured-meta.js";

/** Where `applyEvidence` marks the cards and moments it made, so a re-import updates them. */
const MARK = "journeykitEvidence";

type Series = MetricPoint[];

/** Old points, with the new ones replacing any of the same date; ascending, the newest kept at the limit. */
function mergeSeries(
  old: readonly MetricPoint[] | undefined,
  added: readonly MetricPoint[] | undefined,
): Series {
  const byDate = new Map<string, MetricPoint>();
  for (const p of old ?? []) byDate.set(p.date, { ...p });
  for (const p of added ?? []) byDate.set(p.date, { ...p });
  const sorted = [...byDate.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return sorted.slice(-LIMITS.maxListLength);
}

const sameMetric = (a: Metric, b: Metric) =>
  a.kind === b.kind && a.stageId === b.stageId && a.touchpointId === b.touchpointId && a.label === b.label;

const markOf = (meta: unknown): Record<string, unknown> | undefined => {
  const mark = (meta as Record<string, unknown> | undefined)?.[MARK];
  return mark && typeof mark === "object" ? (mark as Record<string, unknown>) : undefined;
};

/**
 * Apply an import previewed by `analyzeEvidence`, as one edit (one undo step through `applyOperation`
 * or the editor's history): adds the source; adds each metric, or, when the map already has one of
 * the same kind and place made from evidence (it has a source or a series), updates its value, n and
 * margin and appends the new dated points to its series (a point of the same date is replaced), so a
 * monthly re-import grows the series instead of duplicating metrics; adds each stage's chosen quotes and
 * those of the pain points given (a pain point left out brings no quote); sets the measured
 * emotion points (evidence "measured", beside the room's); adds pain-point cards from negative themes
 * (evidence "measured", tagged with the theme, `meta.journeykitEvidence.quoteIds` linking their
 * quotes; updated on re-import) and moments of truth from the driver analysis. Records whose stage,
 * touchpoint or persona no longer exists are skipped. Applying the same analysis twice changes nothing.
 *
 * @example
 * const { map: next, patches, inversePatches } = applyOperation(map, applyEvidence, analysis);
 */
export const applyEvidence: Operation<EvidenceAnalysis> = defineOperation(
  "applyEvidence",
  (draft, analysis: EvidenceAnalysis) => {
    if (draft.sources.some((s) => s.id === analysis.source.id)) return;
    const stages = new Set(draft.stages.map((s) => s.id));
    const touchpoints = new Map(draft.touchpoints.map((t) => [t.id, t.stageId] as const));
    const personas = new Set(draft.personas.map((p) => p.id));
    const placed = (r: { stageId?: string | undefined; touchpointId?: string | undefined }) => {
      if (r.stageId !== undefined && !stages.has(r.stageId)) return false;
      if (r.touchpointId === undefined) return true;
      const owner = touchpoints.get(r.touchpointId);
      return owner !== undefined && (r.stageId === undefined || owner === r.stageId);
    };
    const sourceId = analysis.source.id;
    draft.sources.push(structuredClone(analysis.source));

    for (const metric of analysis.metrics) {
      if (!placed(metric)) continue;
      const existing = draft.metrics.find(
        (m) => sameMetric(m as Metric, metric) && (m.sourceId !== undefined || m.series !== undefined),
      );
      if (!existing) {
        draft.metrics.push(structuredClone({ ...metric, sourceId }));
        continue;
      }
      const series = mergeSeries(existing.series, metric.series);
      existing.series = series;
      const newest = series.at(-1);
      const fromThisImport = metric.series?.some((p) => p.date === newest?.date) ?? true;
      if (fromThisImport) {
        existing.value = metric.value;
        if (metric.sampleSize !== undefined) existing.sampleSize = metric.sampleSize;
        if (metric.marginOfError !== undefined) existing.marginOfError = metric.marginOfError;
        else delete existing.marginOfError;
        if (metric.source !== undefined) existing.source = metric.source;
        existing.sourceId = sourceId;
      }
    }

    // The stages' chosen quotes, and those of the pain points applied (not those of a pain point left out).
    const wanted = new Set([
      ...analysis.stages.flatMap((s) => s.quoteIds),
      ...analysis.painPoints.flatMap((p) => p.quoteIds),
    ]);
    const quoteIds = new Set<string>();
    for (const quote of analysis.quotes) {
      if (
        !wanted.has(quote.id) ||
        !placed(quote) ||
        (quote.personaId !== undefined && !personas.has(quote.personaId))
      )
        continue;
      draft.quotes.push(structuredClone({ ...quote, sourceId }));
      quoteIds.add(quote.id);
    }

    for (const point of analysis.emotions) {
      if (!stages.has(point.stageId) || !personas.has(point.personaId)) continue;
      const note =
        `Measured from ${point.n} responses (${analysis.source.name}): ${describeFeeling(point)}`.slice(
          0,
          20_000,
        );
      const meta = { measured: measuredMeta(point) };
      const existing = draft.emotions.find(
        (e) =>
          e.personaId === point.personaId &&
          e.stageId === point.stageId &&
          e.touchpointId === undefined &&
          e.evidence === "measured",
      );
      if (existing) {
        existing.score = point.score;
        existing.note = note;
        existing.meta = { ...existing.meta, ...meta };
      } else {
        draft.emotions.push({
          id: createId("emo"),
          personaId: point.personaId,
          stageId: point.stageId,
          score: point.score,
          evidence: "measured",
          note,
          meta,
        });
      }
    }

    if (analysis.painPoints.some((p) => stages.has(p.stageId))) {
      let lane = draft.lanes.find((l) => l.kind === "painPoints");
      if (!lane) {
        lane = { id: createId("lane"), kind: "painPoints", title: LANE_KIND_TITLES.painPoints };
        draft.lanes.push(lane);
      }
      const laneId = lane.id;
      for (const pain of analysis.painPoints) {
        if (!stages.has(pain.stageId)) continue;
        const mark = {
          theme: pain.theme.term,
          count: pain.theme.count,
          meanSentiment: pain.theme.meanSentiment,
          quoteIds: pain.quoteIds.filter((id) => quoteIds.has(id)),
          sourceId,
        };
        const existing = draft.cards.find(
          (c) =>
            c.laneId === laneId && c.stageId === pain.stageId && markOf(c.meta)?.theme === pain.theme.term,
        );
        if (existing) {
          existing.text = pain.text;
          existing.severity = pain.severity;
          existing.meta = { ...existing.meta, [MARK]: mark };
        } else {
          draft.cards.push({
            id: createId("card"),
            laneId,
            stageId: pain.stageId,
            text: pain.text,
            severity: pain.severity,
            evidence: "measured",
            tags: [pain.theme.term.slice(0, 500)],
            meta: { [MARK]: mark },
          });
        }
      }
    }

    for (const moment of analysis.moments) {
      if (!stages.has(moment.stageId)) continue;
      const mark = {
        correlation: moment.driver.correlation,
        n: moment.driver.n,
        performance: moment.driver.performance,
        sourceId,
      };
      const existing = draft.momentsOfTruth.find(
        (m) => m.stageId === moment.stageId && markOf(m.meta) !== undefined,
      );
      if (existing) {
        existing.description = moment.description;
        existing.importance = moment.importance;
        existing.meta = { ...existing.meta, [MARK]: mark };
      } else {
        draft.momentsOfTruth.push({
          id: createId("mot"),
          stageId: moment.stageId,
          title: moment.title,
          description: moment.description,
          kind: "custom",
          importance: moment.importance,
          outcome: "fail",
          meta: { [MARK]: mark },
        });
      }
    }
  },
);
