import fc from "fast-check";
import {
  type Card,
  CHANNELS,
  type EmotionPoint,
  type JourneyMap,
  LANE_KINDS,
  METRIC_KINDS,
  METRIC_RANGES,
  type Metric,
  MOMENT_KINDS,
  type MomentOfTruth,
  type Quote,
  type Source,
  type Touchpoint,
} from "../src/index";

const text = fc.string({ maxLength: 40 });
const oneToFive = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);

/**
 * Referentially valid journey maps: every reference points at an existing record, ids are unique,
 * values are in range. Shared by the property tests of core and export.
 */
export const journeyMapArbitrary: fc.Arbitrary<JourneyMap> = fc
  .record({
    personas: fc.integer({ min: 0, max: 3 }),
    stages: fc.integer({ min: 0, max: 5 }),
    lanes: fc.array(fc.constantFrom(...LANE_KINDS), { maxLength: 5 }),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    texts: fc.array(text, { minLength: 20, maxLength: 20 }),
    title: text,
    state: fc.constantFrom("current" as const, "future" as const),
    cardCount: fc.integer({ min: 0, max: 12 }),
    metricValues: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    scores: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 20, maxLength: 20 }),
    severities: fc.array(fc.option(oneToFive, { nil: undefined }), { minLength: 12, maxLength: 12 }),
  })
  .map((g) => {
    const pick = <T>(list: readonly T[], i: number): T => list[g.seed[i % g.seed.length]! % list.length]!;
    const t = (i: number) => g.texts[i % g.texts.length]!;
    const personas = Array.from({ length: g.personas }, (_, i) => ({
      id: `p${i}`,
      name: t(i),
      color: "#2f80ed",
      demographics: { age: t(i + 1) },
      psychographics: [],
      needs: [t(i + 2)],
      motivations: [],
      goals: [],
      frustrations: [],
      ...(i === 0 ? { empathyMap: { thinks: [t(3)], feels: [], says: [t(4)], does: [] } } : {}),
    }));
    const stages = Array.from({ length: g.stages }, (_, i) => ({ id: `s${i}`, name: t(i + 5) }));
    const lanes = g.lanes.map((kind, i) => ({ id: `l${i}`, kind, title: t(i + 6) }));
    const touchpoints: Touchpoint[] = stages.slice(0, 3).map((s, i) => ({
      id: `t${i}`,
      stageId: s.id,
      name: t(i + 7),
      channel: pick(CHANNELS, i),
    }));
    const cards: Card[] =
      stages.length && lanes.length
        ? Array.from({ length: g.cardCount }, (_, i) => {
            const stage = pick(stages, i);
            const severity = g.severities[i];
            const tp = touchpoints.find((x) => x.stageId === stage.id);
            return {
              id: `c${i}`,
              laneId: pick(lanes, i + 1).id,
              stageId: stage.id,
              text: t(i + 8),
              ...(severity === undefined ? {} : { severity }),
              ...(i % 3 === 0 && tp ? { touchpointId: tp.id } : {}),
              ...(i % 4 === 0 && personas.length ? { personaId: pick(personas, i).id } : {}),
              ...(i % 5 === 0 ? { votes: i, meta: { source: t(i), n: i } } : {}),
            };
          })
        : [];
    const emotions: EmotionPoint[] = personas.flatMap((p, i) =>
      stages
        .filter((_, j) => (i + j) % 3 !== 2)
        .map((s, j) => ({
          id: `e${i}-${j}`,
          personaId: p.id,
          stageId: s.id,
          score: g.scores[(i * 5 + j) % 20]!,
          ...(j === 1 ? { evidence: "measured" as const } : {}),
        })),
    );
    const momentsOfTruth: MomentOfTruth[] = stages.slice(0, 2).map((s, i) => ({
      id: `m${i}`,
      stageId: s.id,
      title: t(i + 9),
      kind: pick(MOMENT_KINDS, i + 2),
      importance: 4,
      ...(i === 0 ? { outcome: "fail" as const } : {}),
      ...(personas[0] ? { personaIds: [personas[0].id] } : {}),
    }));
    const sources: Source[] =
      g.cardCount % 2 === 0
        ? [{ id: "src0", kind: "survey", name: t(10), importedAt: "2026-03-01T00:00:00.000Z", rowCount: 40 }]
        : [];
    const metrics: Metric[] = g.metricValues.map((v, i) => {
      const kind = pick(METRIC_KINDS, i + 3);
      const range = METRIC_RANGES[kind] ?? { min: 0, max: 1000 };
      const stage = stages[i];
      const value = range.min + v * (range.max - range.min);
      return {
        id: `k${i}`,
        kind,
        value,
        ...(stage ? { stageId: stage.id } : {}),
        ...(i === 0 && sources[0]
          ? {
              sourceId: sources[0].id,
              marginOfError: 3.5,
              sampleSize: 40,
              series: [
                { date: "2026-01-01", value: range.min, sampleSize: 12 },
                { date: "2026-02-01", value },
              ],
            }
          : {}),
      };
    });
    const quotes: Quote[] = stages.slice(0, 2).map((s, i) => {
      const tp = touchpoints.find((x) => x.stageId === s.id);
      return {
        id: `q${i}`,
        text: t(i + 11),
        stageId: s.id,
        sentiment: g.metricValues[i]! * 2 - 1,
        ...(i === 0 && tp ? { touchpointId: tp.id } : {}),
        ...(personas[0] ? { personaId: personas[0].id } : {}),
        ...(sources[0] ? { sourceId: sources[0].id, score: 3, scale: "nps" as const } : {}),
        ...(i === 1 ? { date: "2026-02-14", tags: [t(12)] } : {}),
      };
    });
    return {
      format: "journeykit/map",
      version: 3,
      id: "map",
      title: g.title,
      state: g.state,
      personas,
      stages,
      lanes,
      touchpoints,
      cards,
      emotions,
      momentsOfTruth,
      metrics,
      sources,
      quotes,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-02T00:00:00.000Z",
    } satisfies JourneyMap;
  });
