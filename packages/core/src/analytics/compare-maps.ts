import type { JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import type { Stage } from "../records/stage.js";
import { stageEmotion } from "./stage-emotion.js";

/** How one stage changes from the current to the future map. */
export interface StageComparison {
  name: string;
  currentStageId: string | null;
  futureStageId: string | null;
  /** Per persona (matched by id, then name): scores and future − current. */
  emotions: { persona: string; current: number | null; future: number | null; delta: number | null }[];
  painPointsRemoved: string[];
  painPointsAdded: string[];
  metrics: {
    kind: Metric["kind"];
    label: string;
    current: number | null;
    future: number | null;
    delta: number | null;
  }[];
}

/** The difference between a current-state and a future-state map. */
export interface MapComparison {
  stages: StageComparison[];
  /** Mean emotion delta over all matched persona × stage pairs that are scored in both. */
  meanEmotionDelta: number | null;
  painPointsRemoved: number;
  painPointsAdded: number;
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Compare a current-state and a future-state map: stages matched by id, then by name (case
 * insensitive); personas the same way. Per stage: emotion deltas, pain points removed and added
 * (normalised text), metric changes (same kind and label).
 *
 * @example
 * compareMaps(current, future).stages[1].emotions[0].delta; // +3: "Pay" goes from −2 to +1
 */
export function compareMaps(current: JourneyMap, future: JourneyMap): MapComparison {
  const pairs: [Stage | undefined, Stage | undefined][] = [];
  const used = new Set<string>();
  for (const stage of current.stages) {
    const match =
      future.stages.find((s) => s.id === stage.id && !used.has(s.id)) ??
      future.stages.find((s) => normalize(s.name) === normalize(stage.name) && !used.has(s.id));
    if (match) used.add(match.id);
    pairs.push([stage, match]);
  }
  for (const stage of future.stages) if (!used.has(stage.id)) pairs.push([undefined, stage]);

  const personaPairs = current.personas.map((p) => ({
    name: p.name,
    current: p.id,
    future: (
      future.personas.find((f) => f.id === p.id) ??
      future.personas.find((f) => normalize(f.name) === normalize(p.name))
    )?.id,
  }));
  const pains = (map: JourneyMap, stage: Stage | undefined) => {
    if (!stage) return [];
    const lanes = new Set(map.lanes.filter((l) => l.kind === "painPoints").map((l) => l.id));
    return map.cards.filter((c) => c.stageId === stage.id && lanes.has(c.laneId)).map((c) => c.text);
  };
  const deltas: number[] = [];
  let removedTotal = 0;
  let addedTotal = 0;
  const stages = pairs.map(([cur, fut]): StageComparison => {
    const emotions = personaPairs.map((p) => {
      const a = cur ? stageEmotion(current, p.current, cur.id) : null;
      const b = fut && p.future ? stageEmotion(future, p.future, fut.id) : null;
      const delta = a !== null && b !== null ? b - a : null;
      if (delta !== null) deltas.push(delta);
      return { persona: p.name, current: a, future: b, delta };
    });
    const before = pains(current, cur);
    const after = pains(future, fut);
    const afterSet = new Set(after.map(normalize));
    const beforeSet = new Set(before.map(normalize));
    const removed = before.filter((t) => !afterSet.has(normalize(t)));
    const added = after.filter((t) => !beforeSet.has(normalize(t)));
    removedTotal += removed.length;
    addedTotal += added.length;
    const metricsOf = (map: JourneyMap, stage: Stage | undefined) =>
      stage ? map.metrics.filter((m) => m.stageId === stage.id) : [];
    const key = (m: Metric) => `${m.kind}:${normalize(m.label ?? "")}`;
    const metricKeys = new Map<string, { kind: Metric["kind"]; label: string }>();
    for (const m of [...metricsOf(current, cur), ...metricsOf(future, fut)])
      metricKeys.set(key(m), { kind: m.kind, label: m.label ?? m.kind });
    const metrics = [...metricKeys.entries()].map(([k, info]) => {
      const a = metricsOf(current, cur).find((m) => key(m) === k)?.value ?? null;
      const b = metricsOf(future, fut).find((m) => key(m) === k)?.value ?? null;
      return {
        ...info,
        current: a,
        future: b,
        delta: a !== null && b !== null ? Number((b - a).toFixed(2)) : null,
      };
    });
    return {
      name: (cur ?? fut)!.name,
      currentStageId: cur?.id ?? null,
      futureStageId: fut?.id ?? null,
      emotions,
      painPointsRemoved: removed,
      painPointsAdded: added,
      metrics,
    };
  });
  return {
    stages,
    meanEmotionDelta: deltas.length
      ? Number((deltas.reduce((a, b) => a + b, 0) / deltas.length).toFixed(2))
      : null,
    painPointsRemoved: removedTotal,
    painPointsAdded: addedTotal,
  };
}
