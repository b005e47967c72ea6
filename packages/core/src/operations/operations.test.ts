import { describe, expect, it } from "vitest";
import { createHistory } from "../history/create-history.js";
import { validateJourneyMap } from "../parse/validate-journey-map.js";
import { createCard } from "../records/card.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { createMetric } from "../records/metric.js";
import { createMomentOfTruth } from "../records/moment-of-truth.js";
import { createStage } from "../records/stage.js";
import { applyOperation } from "./apply-operation.js";
import { addCard, duplicateCard, moveCard, resetVotes, updateCard, voteCard } from "./card-operations.js";
import { setEmotion } from "./emotion-operations.js";
import { removeLane } from "./lane-operations.js";
import { updateMap } from "./map-operations.js";
import { addMetric, updateMetric } from "./metric-operations.js";
import { removePersona } from "./persona-operations.js";
import { addStage, duplicateStage, moveStage, removeStage } from "./stage-operations.js";
import { moveTouchpoint, removeTouchpoint } from "./touchpoint-operations.js";

function fixture(): JourneyMap {
  const map = createJourneyMap({ id: "m", now: new Date("2026-01-01T00:00:00Z") });
  const [s1, s2] = ["s1", "s2"];
  return {
    ...map,
    personas: [{ ...map.personas[0]!, id: "p1" }],
    stages: [
      { id: s1, name: "Order" },
      { id: s2, name: "Pay" },
    ],
    lanes: [
      { id: "l1", kind: "actions", title: "Actions" },
      { id: "l2", kind: "painPoints", title: "Pain points" },
    ],
    touchpoints: [{ id: "t1", stageId: s1, name: "App", channel: "mobile-app", personaIds: ["p1"] }],
    cards: [
      {
        id: "c1",
        laneId: "l1",
        stageId: s1,
        text: "Opens app",
        touchpointId: "t1",
        personaId: "p1",
        meta: { jira: "JK-1" },
      },
      { id: "c2", laneId: "l1", stageId: s1, text: "Picks a latte" },
      { id: "c3", laneId: "l2", stageId: s2, text: "Card declined", severity: 4, votes: 3 },
    ],
    emotions: [
      { id: "e1", personaId: "p1", stageId: s1, score: 2 },
      { id: "e2", personaId: "p1", stageId: s1, touchpointId: "t1", score: 1 },
    ],
    momentsOfTruth: [createMomentOfTruth({ id: "mo1", stageId: s2, title: "Payment", personaIds: ["p1"] })],
    metrics: [createMetric({ id: "k1", kind: "CSAT", value: 70, stageId: s1, touchpointId: "t1" })],
  };
}

describe("card operations", () => {
  it("adds a card and refuses one whose lane does not exist or whose id is taken", () => {
    const map = fixture();
    const card = createCard({ id: "c9", laneId: "l2", stageId: "s1", text: "Queue" });
    expect(addCard(map, { record: card }).cards.at(-1)).toEqual(card);
    expect(addCard(map, { record: { ...card, laneId: "nope" } })).toBe(map);
    expect(addCard(map, { record: { ...card, id: "s1" } })).toBe(map);
  });

  it("updates fields, clears with undefined, keeps meta, and refuses out-of-range values", () => {
    const map = fixture();
    const next = updateCard(map, { id: "c1", changes: { text: "Opens the app", touchpointId: undefined } });
    expect(next.cards[0]).toEqual({
      id: "c1",
      laneId: "l1",
      stageId: "s1",
      text: "Opens the app",
      personaId: "p1",
      meta: { jira: "JK-1" },
    });
    expect(updateCard(map, { id: "c3", changes: { severity: 7 as never } })).toBe(map);
    expect(updateCard(map, { id: "zzz", changes: { text: "x" } })).toBe(map);
    expect(map.cards[0]!.text).toBe("Opens app");
  });

  it("moves a card to another cell and position, detaching a touchpoint of another stage", () => {
    const map = fixture();
    const next = moveCard(map, { id: "c1", laneId: "l2", stageId: "s2", index: 0 });
    expect(next.cards.map((c) => c.id)).toEqual(["c2", "c1", "c3"]);
    expect(next.cards[1]).toMatchObject({ laneId: "l2", stageId: "s2" });
    expect(next.cards[1]!.touchpointId).toBeUndefined();
    const reordered = moveCard(map, { id: "c2", laneId: "l1", stageId: "s1", index: 0 });
    expect(reordered.cards.map((c) => c.id)).toEqual(["c2", "c1", "c3"]);
    expect(moveCard(map, { id: "c2", laneId: "l1", stageId: "s1" })).toBe(map);
  });

  it("duplicates right after the original, votes never go below zero, reset clears votes", () => {
    const map = fixture();
    const dup = duplicateCard(map, { id: "c1" });
    expect(dup.cards[1]).toMatchObject({ text: "Opens app", meta: { jira: "JK-1" } });
    expect(dup.cards[1]!.id).not.toBe("c1");
    expect(voteCard(map, { id: "c3", delta: -10 }).cards[2]!.votes).toBeUndefined();
    expect(voteCard(map, { id: "c3", delta: 2 }).cards[2]!.votes).toBe(5);
    expect(resetVotes(map, {}).cards.every((c) => c.votes === undefined)).toBe(true);
  });
});

describe("cascades", () => {
  it("removing a stage removes its touchpoints, cards, emotions, moments and metrics", () => {
    const next = removeStage(fixture(), { id: "s1" });
    expect(next.touchpoints).toEqual([]);
    expect(next.cards.map((c) => c.id)).toEqual(["c3"]);
    expect(next.emotions).toEqual([]);
    expect(next.metrics).toEqual([]);
    expect(next.momentsOfTruth).toHaveLength(1);
  });

  it("removing a persona removes its emotions and detaches it elsewhere", () => {
    const next = removePersona(fixture(), { id: "p1" });
    expect(next.emotions).toEqual([]);
    expect(next.cards[0]!.personaId).toBeUndefined();
    expect(next.touchpoints[0]!.personaIds).toEqual([]);
    expect(next.momentsOfTruth[0]!.personaIds).toEqual([]);
  });

  it("removing a lane removes its cards", () => {
    expect(removeLane(fixture(), { id: "l1" }).cards.map((c) => c.id)).toEqual(["c3"]);
  });

  it("removing a touchpoint detaches cards and metrics and drops its emotion points", () => {
    const next = removeTouchpoint(fixture(), { id: "t1" });
    expect(next.cards[0]!.touchpointId).toBeUndefined();
    expect(next.metrics[0]).toMatchObject({ stageId: "s1" });
    expect(next.metrics[0]!.touchpointId).toBeUndefined();
    expect(next.emotions.map((e) => e.id)).toEqual(["e1"]);
  });

  it("moving a touchpoint to another stage takes its metric and emotion point along; its cards stay", () => {
    const next = moveTouchpoint(fixture(), { id: "t1", stageId: "s2" });
    expect(next.touchpoints[0]!.stageId).toBe("s2");
    expect(next.cards[0]).toMatchObject({ stageId: "s1" });
    expect(next.cards[0]!.touchpointId).toBeUndefined();
    expect(next.metrics[0]).toMatchObject({ stageId: "s2", touchpointId: "t1" });
    expect(next.emotions.find((e) => e.id === "e2")).toMatchObject({ stageId: "s2", touchpointId: "t1" });
    expect(next.emotions.find((e) => e.id === "e1")).toMatchObject({ stageId: "s1" });
    expect(validateJourneyMap(next)).toMatchObject({ ok: true });
  });

  it("a moment of truth at a touchpoint goes with it", () => {
    const map = fixture();
    const withMoment = {
      ...map,
      momentsOfTruth: [{ ...map.momentsOfTruth[0]!, stageId: "s1", touchpointId: "t1" }],
    };
    expect(moveTouchpoint(withMoment, { id: "t1", stageId: "s2" }).momentsOfTruth[0]).toMatchObject({
      stageId: "s2",
      touchpointId: "t1",
    });
  });

  it("reorders touchpoints within a stage and places one among another stage's", () => {
    const map = {
      ...fixture(),
      touchpoints: [
        { id: "a", stageId: "s1", name: "A", channel: "web" as const },
        { id: "x", stageId: "s2", name: "X", channel: "web" as const },
        { id: "b", stageId: "s1", name: "B", channel: "web" as const },
        { id: "c", stageId: "s1", name: "C", channel: "web" as const },
      ],
      cards: [],
      emotions: [],
      metrics: [],
    };
    const order = (m: JourneyMap, stageId: string) =>
      m.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.id);
    expect(order(moveTouchpoint(map, { id: "c", stageId: "s1", index: 0 }), "s1")).toEqual(["c", "a", "b"]);
    expect(order(moveTouchpoint(map, { id: "a", stageId: "s1", index: 1 }), "s1")).toEqual(["b", "a", "c"]);
    expect(order(moveTouchpoint(map, { id: "a", stageId: "s1" }), "s1")).toEqual(["b", "c", "a"]);
    expect(order(moveTouchpoint(map, { id: "b", stageId: "s1", index: 99 }), "s1")).toEqual(["a", "c", "b"]);
    expect(order(moveTouchpoint(map, { id: "b", stageId: "s1", index: -3 }), "s1")).toEqual(["b", "a", "c"]);
    const moved = moveTouchpoint(map, { id: "b", stageId: "s2", index: 0 });
    expect(order(moved, "s2")).toEqual(["b", "x"]);
    expect(order(moved, "s1")).toEqual(["a", "c"]);
  });

  it("a move to where the touchpoint already is, or to a stage that does not exist, changes nothing", () => {
    const map = fixture();
    expect(moveTouchpoint(map, { id: "t1", stageId: "s1" })).toBe(map);
    expect(moveTouchpoint(map, { id: "t1", stageId: "s1", index: 0 })).toBe(map);
    expect(moveTouchpoint(map, { id: "t1", stageId: "nope" })).toBe(map);
    expect(moveTouchpoint(map, { id: "nope", stageId: "s2" })).toBe(map);
    expect(moveTouchpoint(map, { id: "t1", stageId: "s2", index: Number.NaN })).toBe(map);
  });

  it("undo of a move restores the map exactly", () => {
    const map = fixture();
    const history = createHistory();
    const applied = applyOperation(map, moveTouchpoint, { id: "t1", stageId: "s2" });
    history.record(applied);
    expect(history.undo(applied.map)).toEqual(map);
  });
});

describe("stages, emotions, metrics, map", () => {
  it("reorders and duplicates stages with their content", () => {
    const map = fixture();
    expect(moveStage(map, { id: "s2", toIndex: 0 }).stages.map((s) => s.id)).toEqual(["s2", "s1"]);
    const dup = duplicateStage(map, { id: "s1" });
    expect(dup.stages.map((s) => s.name)).toEqual(["Order", "Order (copy)", "Pay"]);
    const copyId = dup.stages[1]!.id;
    expect(dup.cards.filter((c) => c.stageId === copyId)).toHaveLength(2);
    const copiedTouchpoint = dup.touchpoints.find((t) => t.stageId === copyId)!;
    expect(dup.cards.find((c) => c.stageId === copyId && c.text === "Opens app")!.touchpointId).toBe(
      copiedTouchpoint.id,
    );
  });

  it("setEmotion updates the one point or creates it, rounding and clamping", () => {
    const map = fixture();
    expect(setEmotion(map, { personaId: "p1", stageId: "s1", score: -2.6 }).emotions[0]!.score).toBe(-3);
    const added = setEmotion(map, { personaId: "p1", stageId: "s2", score: 9, emotion: "relieved" });
    expect(added.emotions.at(-1)).toMatchObject({ stageId: "s2", score: 3, emotion: "relieved" });
    expect(setEmotion(map, { personaId: "p1", stageId: "s1", score: 2 })).toBe(map);
    expect(setEmotion(map, { personaId: "ghost", stageId: "s1", score: 2 })).toBe(map);
  });

  it("metric values stay inside their kind's range", () => {
    const map = fixture();
    expect(updateMetric(map, { id: "k1", changes: { value: 140 } })).toBe(map);
    expect(updateMetric(map, { id: "k1", changes: { value: 82 } }).metrics[0]!.value).toBe(82);
    expect(addMetric(map, { record: createMetric({ kind: "NPS", value: -150 }) })).toBe(map);
  });

  it("updateMap changes the title and state but refuses an invalid state", () => {
    const map = fixture();
    expect(updateMap(map, { changes: { title: "Future", state: "future" } })).toMatchObject({
      title: "Future",
      state: "future",
    });
    expect(updateMap(map, { changes: { state: "someday" as never } })).toBe(map);
  });
});

describe("history", () => {
  it("merge after an undo starts a new step instead of folding into an older edit", () => {
    const before = createJourneyMap();
    const history = createHistory();
    const first = applyOperation(before, addStage, { record: createStage({ name: "A" }) });
    history.record(first);
    const second = applyOperation(first.map, addStage, { record: createStage({ name: "B" }) });
    history.record(second);
    const undone = history.undo(second.map);
    const merged = applyOperation(undone, addStage, { record: createStage({ name: "C" }) });
    history.record(merged, "merge");
    expect(history.size).toBe(2);
    expect(history.undo(merged.map)).toEqual(first.map);
  });

  it("undo inside nested groups closes them all and undoes the whole group", () => {
    const before = createJourneyMap();
    const history = createHistory();
    history.beginGroup();
    history.beginGroup();
    const applied = applyOperation(before, addStage, { record: createStage({ name: "Nested" }) });
    history.record(applied);
    expect(history.undo(applied.map)).toEqual(before);
    expect(history.canUndo()).toBe(false);
    expect(history.canRedo()).toBe(true);
    history.endGroup();
    expect(history.size).toBe(0);
  });

  it("groups a drag into one undo step and merges when asked", () => {
    const history = createHistory();
    let map = fixture();
    history.beginGroup();
    for (const score of [1, 0, -1, -2]) {
      const applied = applyOperation(map, setEmotion, { personaId: "p1", stageId: "s1", score });
      history.record(applied, "merge");
      map = applied.map;
    }
    history.endGroup();
    expect(history.size).toBe(1);
    map = history.undo(map);
    expect(map.emotions[0]!.score).toBe(2);
    map = history.redo(map);
    expect(map.emotions[0]!.score).toBe(-2);
  });

  it("keeps at most `limit` steps and clears redo on a new edit", () => {
    const history = createHistory({ limit: 2 });
    let map = fixture();
    for (const text of ["a", "b", "c"]) {
      const applied = applyOperation(map, updateCard, { id: "c1", changes: { text } });
      history.record(applied);
      map = applied.map;
    }
    expect(history.size).toBe(2);
    map = history.undo(map);
    expect(history.canRedo()).toBe(true);
    const applied = applyOperation(map, updateCard, { id: "c1", changes: { text: "d" } });
    history.record(applied);
    expect(history.canRedo()).toBe(false);
  });

  it("notifies subscribers", () => {
    const history = createHistory();
    let calls = 0;
    const stop = history.subscribe(() => calls++);
    const applied = applyOperation(fixture(), updateCard, { id: "c1", changes: { text: "x" } });
    history.record(applied);
    history.undo(applied.map);
    stop();
    history.redo(applied.map);
    expect(calls).toBe(2);
  });
});

describe("operations never make a map invalid, never throw on odd arguments", () => {
  const withOwn = (key: string, value: unknown, rest: Record<string, unknown> = {}) => {
    const out: Record<string, unknown> = { ...rest };
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  };

  it("setEmotion refuses a 600-character emotion or note instead of storing it", () => {
    const map = fixture();
    const long = { personaId: "p1", stageId: "s1", score: 1, emotion: "x".repeat(600) };
    expect(setEmotion(map, long)).toBe(map);
    expect(setEmotion(map, { personaId: "p1", stageId: "s2", score: 1, note: "y".repeat(20_001) })).toBe(map);
    expect(
      setEmotion(map, { personaId: "p1", stageId: "s1", score: 1, emotion: "calm" }).emotions[0],
    ).toMatchObject({
      emotion: "calm",
    });
  });

  it("setEmotion refuses a missing persona or stage (undefined is not an id)", () => {
    const map = fixture();
    expect(setEmotion(map, { stageId: "s2", score: 1 } as never)).toBe(map);
  });

  it("updates naming __proto__, constructor or toString are refused without throwing", () => {
    const map = fixture();
    for (const key of ["__proto__", "constructor", "toString"]) {
      const changes = withOwn(key, { polluted: true }, { text: "changed" });
      expect(() => updateCard(map, { id: "c1", changes })).not.toThrow();
      expect(updateCard(map, { id: "c1", changes })).toBe(map);
      expect(() => updateMap(map, { changes: withOwn(key, 1) })).not.toThrow();
      expect(updateMap(map, { changes: withOwn(key, 1) })).toBe(map);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("adds refuse records with fields their kind does not have", () => {
    const map = fixture();
    const record = withOwn("__proto__", { x: 1 }, { ...createCard({ laneId: "l1", stageId: "s1" }) });
    expect(addCard(map, { record: record as never })).toBe(map);
  });

  it("arguments that are not an object leave the map unchanged", () => {
    const map = fixture();
    expect(updateCard(map, null as never)).toBe(map);
    expect(applyOperation(map, moveStage, 5 as never).patches).toEqual([]);
  });

  it("duplicateStage keeps a long name within the name limit", () => {
    const map = fixture();
    map.stages[0]!.name = "n".repeat(500);
    const next = duplicateStage(map, { id: "s1" });
    expect(next.stages[1]?.name).toBe("n".repeat(500));
  });

  it("undo and redo keep own keys named __proto__, constructor and prototype", () => {
    const map = fixture();
    const meta = JSON.parse('{"__proto__": {"own": true}, "constructor": "c", "prototype": [1]}');
    const history = createHistory();
    const applied = applyOperation(map, updateCard, { id: "c1", changes: { meta } });
    history.record(applied);
    const edited = applyOperation(applied.map, updateCard, { id: "c1", changes: { text: "Edited" } });
    history.record(edited);
    const undone = history.undo(history.undo(edited.map));
    expect(undone.cards[0]?.meta).toEqual(map.cards[0]?.meta);
    const redone = history.redo(history.redo(undone));
    const kept = redone.cards[0]?.meta as Record<string, unknown>;
    expect(Object.keys(kept)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(Object.getOwnPropertyDescriptor(kept, "__proto__")?.value).toEqual({ own: true });
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    // Edits inside such a key: immer writes the path segment "__proto__", which immer cannot replay.
    const base = { ...map, meta: JSON.parse('{"__proto__": {"n": 1}}') };
    const inner = applyOperation(base, updateMap, {
      changes: { meta: JSON.parse('{"__proto__": {"n": 2}}') },
    });
    const h2 = createHistory();
    h2.record(inner);
    const back = h2.undo(inner.map);
    expect(Object.getOwnPropertyDescriptor(back.meta, "__proto__")?.value).toEqual({ n: 1 });
  });
});
