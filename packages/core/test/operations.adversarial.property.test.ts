// Every operation, fed adversarial arguments (lone surrogates, `__proto__` keys and ids, 600-character
// and 20,001-character strings, control characters, emoji, huge numbers, NaN/Infinity, wrong types):
// it never throws, its result always validates, and its patches replay and reverse exactly, own keys
// of any name included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPatches } from "../src/history/apply-patches";
import * as core from "../src/index";
import {
  applyOperation,
  CHANNELS,
  createHistory,
  EVIDENCE_LEVELS,
  type JourneyMap,
  LANE_KINDS,
  METRIC_KINDS,
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type Operation,
  validateJourneyMap,
} from "../src/index";
import { journeyMapArbitrary } from "./arbitraries";

const runs = process.env.CI ? 10_000 : 1_000;

/** An object with own keys of any name (`__proto__` included), as JSON.parse would make it. */
const withOwn = (entries: [string, unknown][]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
};

const NASTY_STRINGS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "\uD800",
  "a\uDC00b",
  "\u0000\u0007\u001b[2J\r\n\u2028",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "x".repeat(600),
  "z".repeat(20_001),
  '=HYPERLINK("http://x")',
  "<script>alert(1)</script>",
];
const NASTY_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  JSON.parse("1e999"),
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  0.5,
  -3.5,
  3,
  4,
  7,
  -100,
  1_000_001,
];
const NASTY_OTHERS: unknown[] = [
  null,
  undefined,
  true,
  {},
  [],
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":1},"x":1}'),
  withOwn([["__proto__", "own"]]),
  ["a", 1, null],
  () => 1,
  Symbol("s"),
  10n,
];

/** What one random step is made of: dice that pick among pools, and generated values. */
const stepArbitrary = fc.record({
  op: fc.nat(),
  dice: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  strings: fc.array(
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 24,
    }),
    { minLength: 4, maxLength: 4 },
  ),
  doubles: fc.array(fc.double(), { minLength: 3, maxLength: 3 }),
  json: fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 2, maxLength: 2 }),
});
type StepInput = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Resolves dice against the map: existing ids most of the time, adversarial values otherwise. */
class Dice {
  private i = 0;
  constructor(private readonly input: StepInput) {}
  private roll(): number {
    return this.input.dice[this.i++ % this.input.dice.length]!;
  }
  private from<T>(list: readonly T[]): T {
    return list[this.roll() % list.length]!;
  }
  chance(percent: number): boolean {
    return this.roll() % 100 < percent;
  }
  anything(): unknown {
    const pool = this.roll() % 4;
    if (pool === 0) return this.from(NASTY_STRINGS);
    if (pool === 1) return this.from(NASTY_NUMBERS);
    if (pool === 2) return this.from(NASTY_OTHERS);
    return this.from(this.input.json);
  }
  string(): unknown {
    if (this.chance(10)) return this.anything();
    return this.chance(50) ? this.from(this.input.strings) : this.from(NASTY_STRINGS);
  }
  number(valid: readonly number[] = [0, 1, 2, 3, 5, 50]): unknown {
    if (this.chance(10)) return this.anything();
    if (this.chance(40)) return this.from(valid);
    return this.chance(50) ? this.from(NASTY_NUMBERS) : this.from(this.input.doubles);
  }
  oneOf(valid: readonly unknown[]): unknown {
    return this.chance(80) ? this.from(valid) : this.anything();
  }
  id(list: readonly { id: string }[]): unknown {
    if (list.length > 0 && this.chance(75)) return this.from(list).id;
    return this.chance(50) ? this.from(NASTY_STRINGS) : this.anything();
  }
  newId(): unknown {
    return this.chance(85) ? `new-${this.roll()}-${this.from(NASTY_STRINGS).slice(0, 20)}` : this.anything();
  }
  meta(): unknown {
    return this.chance(70) ? this.from(NASTY_OTHERS.slice(3, 7)) : this.anything();
  }
  /** Some of the given fields, plus now and then a key of a hostile name. */
  fields(all: Record<string, () => unknown>, required: readonly string[] = []): Record<string, unknown> {
    const entries: [string, unknown][] = [];
    for (const [key, make] of Object.entries(all)) {
      if (required.includes(key) ? this.chance(95) : this.chance(35)) entries.push([key, make()]);
    }
    if (this.chance(8)) entries.push([this.from(NASTY_STRINGS.slice(0, 5)), this.anything()]);
    return withOwn(entries);
  }
  args(make: () => unknown): unknown {
    return this.chance(3) ? this.anything() : make();
  }
}

/** The arguments of every operation, resolved against the map it is applied to. */
function argsFor(name: string, d: Dice, m: JourneyMap): unknown {
  const persona = () => ({
    id: d.newId(),
    name: d.string(),
    color: d.oneOf(["#2f80ed", "#abc", "red"]),
    demographics: d.oneOf([{}, { Age: "31" }]),
    psychographics: d.oneOf([[], ["x"]]),
    needs: d.oneOf([[], [d.string()]]),
    motivations: [],
    goals: [],
    frustrations: [],
  });
  const fields = {
    stage: { name: () => d.string(), description: () => d.string(), meta: () => d.meta() },
    lane: { kind: () => d.oneOf(LANE_KINDS), title: () => d.string(), meta: () => d.meta() },
    card: {
      text: () => d.string(),
      personaId: () => d.id(m.personas),
      touchpointId: () => d.id(m.touchpoints),
      color: () => d.oneOf(["#2f80ed", "blue"]),
      tags: () => d.oneOf([[], [d.string()]]),
      severity: () => d.number(),
      impact: () => d.number(),
      effort: () => d.number(),
      votes: () => d.number(),
      evidence: () => d.oneOf(EVIDENCE_LEVELS),
      meta: () => d.meta(),
    },
    touchpoint: {
      name: () => d.string(),
      channel: () => d.oneOf(CHANNELS),
      owner: () => d.string(),
      personaIds: () => d.oneOf([[], [d.id(m.personas)]]),
      meta: () => d.meta(),
    },
    moment: {
      title: () => d.string(),
      kind: () => d.oneOf(MOMENT_KINDS),
      importance: () => d.number(),
      outcome: () => d.oneOf(MOMENT_OUTCOMES),
      touchpointId: () => d.id(m.touchpoints),
      personaIds: () => d.oneOf([[], [d.id(m.personas)]]),
      meta: () => d.meta(),
    },
    metric: {
      kind: () => d.oneOf(METRIC_KINDS),
      value: () => d.number([0, 5, 50, -50]),
      stageId: () => d.id(m.stages),
      touchpointId: () => d.id(m.touchpoints),
      target: () => d.number(),
      sampleSize: () => d.number(),
      label: () => d.string(),
      sourceId: () => d.id(m.sources),
      marginOfError: () => d.number([0, 2.5, -1]),
      series: () =>
        d.oneOf([
          [],
          [{ date: "2026-01-01", value: d.number([0, 5, 50]) }],
          [
            { date: "2026-02-01", value: 1 },
            { date: "2026-01-01", value: 2 },
          ],
          [{ date: "January", value: 1 }],
        ]),
      meta: () => d.meta(),
    },
    source: {
      kind: () => d.oneOf(["survey", "reviews", "support", "analytics", "interviews", "other", "tweets"]),
      name: () => d.string(),
      importedAt: () => d.oneOf(["2026-03-01T09:00:00.000Z", "yesterday"]),
      rowCount: () => d.number(),
      period: () =>
        d.oneOf([
          { from: "2026-01-01", to: "2026-03-31" },
          { from: "2026-04-01", to: "2026-03-31" },
        ]),
      meta: () => d.meta(),
    },
    quote: {
      text: () => d.string(),
      stageId: () => d.id(m.stages),
      touchpointId: () => d.id(m.touchpoints),
      personaId: () => d.id(m.personas),
      sourceId: () => d.id(m.sources),
      sentiment: () => d.number([-1, 0.4, 1, 2]),
      score: () => d.number(),
      scale: () => d.oneOf(["nps", "csat", "ces", "stars", "likert"]),
      date: () => d.oneOf(["2026-02-14", "2026-02-14T10:00:00Z", "14/02/2026"]),
      tags: () => d.oneOf([[], [d.string()]]),
      meta: () => d.meta(),
    },
    persona: {
      name: () => d.string(),
      role: () => d.string(),
      avatar: () => d.string(),
      meta: () => d.meta(),
    },
  };
  const record = (all: Record<string, () => unknown>, required: string[], extra: Record<string, unknown>) =>
    withOwn([...Object.entries(extra), ...Object.entries(d.fields(all, required))]);
  const add = (all: Record<string, () => unknown>, required: string[], extra: Record<string, unknown>) => ({
    record: record(all, required, { id: d.newId(), ...extra }),
    ...(d.chance(50) ? { index: d.number() } : {}),
  });
  const update = (list: readonly { id: string }[], all: Record<string, () => unknown>) => ({
    id: d.id(list),
    changes: d.fields(all),
  });
  const move = (list: readonly { id: string }[]) => ({ id: d.id(list), toIndex: d.number() });
  const table: Record<string, () => unknown> = {
    addStage: () => add(fields.stage, ["name"], {}),
    updateStage: () => update(m.stages, fields.stage),
    removeStage: () => ({ id: d.id(m.stages) }),
    moveStage: () => move(m.stages),
    duplicateStage: () => ({ id: d.id(m.stages) }),
    addLane: () => add(fields.lane, ["kind", "title"], {}),
    updateLane: () => update(m.lanes, fields.lane),
    removeLane: () => ({ id: d.id(m.lanes) }),
    moveLane: () => move(m.lanes),
    addCard: () => add(fields.card, ["text"], { laneId: d.id(m.lanes), stageId: d.id(m.stages) }),
    updateCard: () => update(m.cards, fields.card),
    removeCard: () => ({ id: d.id(m.cards) }),
    moveCard: () => ({
      id: d.id(m.cards),
      laneId: d.id(m.lanes),
      stageId: d.id(m.stages),
      index: d.number(),
    }),
    duplicateCard: () => ({ id: d.id(m.cards) }),
    voteCard: () => ({ id: d.id(m.cards), delta: d.number([1, -1, 3]) }),
    resetVotes: () => ({}),
    setEmotion: () =>
      withOwn([
        ["personaId", d.id(m.personas)],
        ["stageId", d.id(m.stages)],
        ...(d.chance(30) ? [["touchpointId", d.id(m.touchpoints)] as [string, unknown]] : []),
        ["score", d.number([-3, -1, 0, 2, 3])],
        ...(d.chance(50) ? [["emotion", d.string()] as [string, unknown]] : []),
        ...(d.chance(30) ? [["note", d.string()] as [string, unknown]] : []),
        ...(d.chance(30)
          ? [["evidence", d.oneOf(["assumed", "measured", "guessed"])] as [string, unknown]]
          : []),
      ]),
    removeEmotion: () => ({ id: d.id(m.emotions) }),
    addPersona: () => ({ record: withOwn(Object.entries(persona())) }),
    updatePersona: () => update(m.personas, fields.persona),
    removePersona: () => ({ id: d.id(m.personas) }),
    movePersona: () => move(m.personas),
    addTouchpoint: () => add(fields.touchpoint, ["name", "channel"], { stageId: d.id(m.stages) }),
    updateTouchpoint: () => update(m.touchpoints, fields.touchpoint),
    removeTouchpoint: () => ({ id: d.id(m.touchpoints) }),
    moveTouchpoint: () => ({ id: d.id(m.touchpoints), stageId: d.id(m.stages), index: d.number() }),
    addMomentOfTruth: () => add(fields.moment, ["title", "kind", "importance"], { stageId: d.id(m.stages) }),
    updateMomentOfTruth: () => update(m.momentsOfTruth, fields.moment),
    removeMomentOfTruth: () => ({ id: d.id(m.momentsOfTruth) }),
    addMetric: () => add(fields.metric, ["kind", "value"], {}),
    updateMetric: () => update(m.metrics, fields.metric),
    removeMetric: () => ({ id: d.id(m.metrics) }),
    addSource: () => add(fields.source, ["kind", "name", "importedAt"], {}),
    updateSource: () => update(m.sources, fields.source),
    removeSource: () => ({ id: d.id(m.sources) }),
    addQuote: () => add(fields.quote, ["text"], {}),
    updateQuote: () => update(m.quotes, fields.quote),
    removeQuote: () => ({ id: d.id(m.quotes) }),
    updateMap: () => ({
      changes: d.fields({
        title: () => d.string(),
        description: () => d.string(),
        state: () => d.oneOf(["current", "future"]),
        locale: () => d.oneOf(["en", "de-CH"]),
        tags: () => d.oneOf([[], [d.string()]]),
        meta: () => d.meta(),
      }),
    }),
  };
  const make = table[name];
  if (!make) throw new Error(`no adversarial arguments for operation ${name}: add it to the table`);
  return d.args(make);
}

/** Every operation core exports (anything with an `opName`). */
const operations = (Object.values(core) as unknown[]).filter(
  (value): value is Operation<never> => typeof value === "function" && "opName" in value,
);

/**
 * A comparable text of plain data: own keys of any name (`toEqual` skips an own `__proto__`), in sorted
 * order (a key removed and restored comes back last).
 */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      Object.defineProperty(sorted, key, {
        value: (v as Record<string, unknown>)[key],
        enumerable: true,
        configurable: true,
      });
    }
    return sorted;
  });
}

const expectSame = (actual: unknown, expected: unknown, what: string) => {
  const a = fingerprint(actual);
  const b = fingerprint(expected);
  if (a !== b) expect(a, what).toBe(b);
};

/** Maps that sometimes carry own `__proto__` / `constructor` keys in `meta`, as hosts' data may. */
const mapArbitrary = fc.tuple(journeyMapArbitrary, fc.nat(3)).map(
  ([map, n]): JourneyMap =>
    n === 0
      ? {
          ...map,
          meta: withOwn([
            ["__proto__", { own: true }],
            ["constructor", "c"],
            ["x", 1],
          ]) as JourneyMap["meta"],
        }
      : map,
);

/** Applies the steps one by one, checking each; then undoes and redoes them all through a history. */
const checkSteps = (start: JourneyMap, steps: StepInput[]) => {
  let map = start;
  const history = createHistory({ limit: 100 });
  for (const step of steps) {
    const op = operations[step.op % operations.length]!;
    const args = argsFor(op.opName, new Dice(step), map) as never;
    const before = map;
    const { map: after, patches, inversePatches } = applyOperation(before, op, args);
    const result = validateJourneyMap(after);
    if (!result.ok) {
      throw new Error(`${op.opName} made the map invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    }
    expectSame(applyPatches(before, patches), after, `${op.opName}: patches replay`);
    expectSame(applyPatches(after, inversePatches), before, `${op.opName}: inverse patches undo`);
    // The plain function form never throws either.
    op(before, args);
    history.record({ patches, inversePatches });
    map = after;
  }
  const final = map;
  while (history.canUndo()) map = history.undo(map);
  expectSame(map, start, "undo of every step");
  while (history.canRedo()) map = history.redo(map);
  expectSame(map, final, "redo of every step");
};

describe("every operation under adversarial arguments (properties)", () => {
  it("covers every exported operation", () => {
    expect(operations.length).toBeGreaterThanOrEqual(33);
    const d = new Dice({ op: 0, dice: [0], strings: [""], doubles: [0], json: [null] });
    for (const op of operations) expect(() => argsFor(op.opName, d, core.createJourneyMap())).not.toThrow();
  });

  it(`one step: never throws, always validates, patches replay and reverse (${runs} runs)`, () => {
    fc.assert(
      fc.property(mapArbitrary, stepArbitrary, (start, step) => checkSteps(start, [step])),
      {
        numRuns: runs,
      },
    );
  }, 120_000);

  it(`sequences of steps: the same, and the history undoes and redoes them all (${runs / 10} runs)`, () => {
    fc.assert(
      fc.property(mapArbitrary, fc.array(stepArbitrary, { minLength: 2, maxLength: 5 }), checkSteps),
      {
        numRuns: runs / 10,
      },
    );
  }, 120_000);
});
