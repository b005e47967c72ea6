import { describe, expect, it } from "vitest";
import { restaurantSampleText } from "../../test/fixtures/restaurant-sample.js";
import { LIMITS } from "../limits.js";
import { validateJourneyMap } from "../parse/validate-journey-map.js";
import { CURRENT_VERSION, createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import type { RecordCollection } from "../records/record-collections.js";
import { REPAIRED_KEY } from "./keep-in-meta.js";
import { MapRepairError } from "./map-repair-error.js";
import { repairJourneyMap } from "./repair-journey-map.js";
import { SET_ASIDE_KEY } from "./set-aside.js";

/** A valid map with two stages, lanes, a persona, a touchpoint, a card and a score. */
function validMap(): JourneyMap {
  const map = createJourneyMap({ id: "m1", now: new Date("2026-01-01T00:00:00Z") });
  map.personas = [{ ...map.personas[0]!, id: "p1", name: "Maya" }];
  map.stages = map.stages.map((s, i) => ({ ...s, id: `s${i + 1}` }));
  map.lanes = map.lanes.map((l, i) => ({ ...l, id: `l${i + 1}` }));
  map.touchpoints = [{ id: "t1", stageId: "s1", name: "App", channel: "mobile-app" }];
  map.cards = [{ id: "c1", laneId: "l1", stageId: "s1", text: "Opens the app" }];
  map.emotions = [{ id: "e1", personaId: "p1", stageId: "s1", score: 2 }];
  return map;
}

/** A map as loose JSON, to damage. */
const loose = (map: JourneyMap = validMap()) =>
  structuredClone(map) as unknown as Record<string, unknown> & {
    [K in RecordCollection]: Record<string, unknown>[];
  };

function repaired(input: unknown) {
  const result = repairJourneyMap(input);
  expect(validateJourneyMap(result.map).ok).toBe(true);
  return result;
}

const setAsideOf = (map: JourneyMap) => map.meta?.[SET_ASIDE_KEY];
const keptOf = (record: { meta?: Record<string, unknown> | undefined } | undefined) =>
  record?.meta?.[REPAIRED_KEY];

describe("repairJourneyMap: what it refuses", () => {
  it.each([
    ["text that is not JSON", '{"format": "journeykit/map", "title": }', /not valid JSON/],
    ["a list", "[1, 2]", /expected a journeykit map object/],
    ["an object of another format", { format: "excalidraw", elements: [] }, /not a journeykit map/],
    ["a map from a newer journeykit", { ...validMap(), version: CURRENT_VERSION + 1 }, /newer journeykit/],
    ["a value that is not JSON", { ...validMap(), title: Number.NaN }, /finite number/],
  ])("refuses %s with a MapRepairError saying why", (_, input, reason) => {
    let thrown: unknown;
    try {
      repairJourneyMap(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MapRepairError);
    expect((thrown as MapRepairError).issues[0]?.message).toMatch(reason);
  });

  it("refuses a list over the format's limit of records", () => {
    const map = loose();
    map.cards = Array.from({ length: LIMITS.maxRecordsPerKind + 1 }, (_, i) => ({ id: `x${i}` }));
    expect(() => repairJourneyMap(map)).toThrow(MapRepairError);
  });
});

describe("repairJourneyMap: what it leaves alone", () => {
  it("returns a valid map as it was, unknown fields too, with no repairs", () => {
    const map = { ...validMap(), theme: "sunset" };
    const { map: out, repairs } = repaired(map);
    expect(repairs).toEqual([]);
    expect(out).toEqual(map);
  });

  it("reads JSON text and migrates an older version without calling it a repair", () => {
    const { map, repairs } = repaired(restaurantSampleText);
    expect(repairs).toEqual([]);
    expect(map.version).toBe(CURRENT_VERSION);
  });

  it("never changes its input", () => {
    const map = loose();
    map.cards[0]!.stageId = "s9";
    const before = structuredClone(map);
    repaired(map);
    expect(map).toEqual(before);
  });
});

describe("repairJourneyMap: references", () => {
  it("clears a dangling optional reference", () => {
    const map = loose();
    map.cards[0]!.personaId = "ghost";
    const { map: out, repairs } = repaired(map);
    expect(out.cards[0]).toEqual({ id: "c1", laneId: "l1", stageId: "s1", text: "Opens the app" });
    expect(repairs).toEqual([
      {
        path: "cards[0].personaId",
        at: { collection: "cards", index: 0, field: "personaId" },
        action: "cleared reference",
        message: 'card "Opens the app": its persona "ghost" does not exist; the reference was cleared',
      },
    ]);
  });

  it("clears a touchpoint of another stage from the record", () => {
    const map = loose();
    map.cards[0]!.stageId = "s2";
    map.cards[0]!.touchpointId = "t1";
    const { map: out, repairs } = repaired(map);
    expect(out.cards[0]?.touchpointId).toBeUndefined();
    expect(out.cards[0]?.stageId).toBe("s2");
    expect(repairs[0]?.message).toBe(
      'card "Opens the app": its touchpoint "t1" is in stage "s1", not in its own stage "s2"; the reference was cleared',
    );
  });

  it("takes a dangling id out of a list of references", () => {
    const map = loose();
    map.momentsOfTruth = [
      { id: "m1x", stageId: "s1", title: "Pays", kind: "FMOT", importance: 4, personaIds: ["p1", "p9"] },
    ];
    const { map: out, repairs } = repaired(map);
    expect(out.momentsOfTruth[0]?.personaIds).toEqual(["p1"]);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ["momentsOfTruth[0].personaIds[1]", "cleared reference"],
    ]);
  });

  it("sets aside a card whose stage is gone, whole, in the map's meta", () => {
    const map = loose();
    map.cards.push({ id: "c2", laneId: "l1", stageId: "s9", text: "Long wait at the desk", votes: 3 });
    const { map: out, repairs } = repaired(map);
    expect(out.cards.map((c) => c.id)).toEqual(["c1"]);
    expect(setAsideOf(out)).toEqual([
      {
        collection: "cards",
        record: { id: "c2", laneId: "l1", stageId: "s9", text: "Long wait at the desk", votes: 3 },
        reason: 'its stage "s9" does not exist',
      },
    ]);
    expect(repairs).toEqual([
      {
        path: "cards[1]",
        at: { collection: "cards", index: 1 },
        action: "set aside record",
        message: 'card "Long wait at the desk" set aside: its stage "s9" does not exist',
      },
    ]);
  });

  it("sets aside a card that has no lane, and a record that is not an object", () => {
    const map = loose();
    delete map.cards[0]!.laneId;
    (map.stages as unknown[]).push("Checkout");
    const { map: out, repairs } = repaired(map);
    expect(out.cards).toEqual([]);
    expect(repairs.map((r) => r.message)).toEqual([
      'stages[3] set aside: it is not a record ("Checkout")',
      'card "Opens the app" set aside: it has no lane',
    ]);
    expect(setAsideOf(out)).toHaveLength(2);
  });

  it("adds to the set-aside list a map already has", () => {
    const map = loose();
    map.meta = { [SET_ASIDE_KEY]: [{ collection: "cards", record: { id: "old" }, reason: "earlier" }] };
    map.cards[0]!.laneId = "gone";
    const { map: out } = repaired(map);
    expect((setAsideOf(out) as unknown[]).length).toBe(2);
  });

  it("sets aside a second emotion score for the same persona and stage; the first stays", () => {
    const map = loose();
    map.emotions.push({ id: "e2", personaId: "p1", stageId: "s1", score: -1, emotion: "annoyed" });
    const { map: out, repairs } = repaired(map);
    expect(out.emotions.map((e) => e.id)).toEqual(["e1"]);
    expect(repairs).toEqual([
      {
        path: "emotions[1]",
        at: { collection: "emotions", index: 1 },
        action: "set aside record",
        message:
          'emotion point "annoyed" set aside: a second score for persona "p1" at stage "s1" (the first one stays)',
      },
    ]);
  });
});

describe("repairJourneyMap: ids", () => {
  it("gives a later record with a used id a new one; references keep naming the first", () => {
    const map = loose();
    map.cards.push({ id: "s1", laneId: "l1", stageId: "s2", text: "Same id as a stage" });
    const { map: out, repairs } = repaired(map);
    expect(out.stages[0]?.id).toBe("s1");
    expect(out.cards.map((c) => c.id)).toEqual(["c1", "s1-2"]);
    expect(out.cards[0]?.stageId).toBe("s1");
    expect(repairs).toEqual([
      {
        path: "cards[1].id",
        at: { collection: "cards", index: 1, field: "id" },
        action: "gave new id",
        message:
          'card "Same id as a stage": its id "s1" is used by an earlier record; it now has the id "s1-2"',
      },
    ]);
  });

  it("gives a missing id a new one, and reads a number as the id it spells", () => {
    const map = loose();
    delete map.cards[0]!.id;
    map.touchpoints[0]!.id = 7;
    map.cards.push({ id: "c2", laneId: "l1", stageId: "s1", text: "Taps", touchpointId: "7" });
    const { map: out } = repaired(map);
    expect(out.cards.map((c) => c.id)).toEqual(["card-1", "c2"]);
    expect(out.touchpoints[0]?.id).toBe("7");
    expect(out.cards[1]?.touchpointId).toBe("7");
    expect(keptOf(out.touchpoints[0])).toEqual({ id: 7 });
  });

  it("names records by where they were in the file, after earlier rounds moved them", () => {
    const map = loose();
    // Round 1: the stage without an id gets one, the first card is set aside; round 2 can then see
    // that the third card names a stage that does not exist.
    delete map.stages[2]!.id;
    (map.cards as unknown[]).unshift(null);
    map.cards.push({ id: "c3", laneId: "l1", stageId: "s9", text: "Lost" });
    const { repairs } = repaired(map);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ["stages[2].id", "gave new id"],
      ["cards[0]", "set aside record"],
      ["cards[2]", "set aside record"],
    ]);
  });
});

describe("repairJourneyMap: values", () => {
  it("clamps numbers out of range to the nearest accepted, keeping the old value in meta", () => {
    const map = loose();
    map.emotions[0]!.score = 99;
    map.momentsOfTruth = [{ id: "m1x", stageId: "s1", title: "Pays", kind: "FMOT", importance: 0 }];
    map.metrics = [{ id: "k1", kind: "CES", value: 50 }];
    map.cards[0]!.votes = -4;
    const { map: out, repairs } = repaired(map);
    expect(out.emotions[0]?.score).toBe(3);
    expect(out.momentsOfTruth[0]?.importance).toBe(1);
    expect(out.metrics[0]?.value).toBe(7);
    expect(out.cards[0]?.votes).toBe(0);
    expect(keptOf(out.emotions[0])).toEqual({ score: 99 });
    expect(repairs.every((r) => r.action === "replaced value")).toBe(true);
    expect(repairs.find((r) => r.path === "emotions[0].score")?.message).toBe(
      'emotion point with id "e1": score 99 replaced by 3, the nearest it takes (the old value kept in its meta["journeykit.repaired"])',
    );
  });

  it("replaces an unknown option by the field's default, keeping the old one in meta", () => {
    const map = loose();
    map.lanes[0]!.kind = "fax";
    map.touchpoints[0]!.channel = "pigeon";
    map.state = "someday";
    const { map: out } = repaired(map);
    expect(out.lanes[0]?.kind).toBe("notes");
    expect(keptOf(out.lanes[0])).toEqual({ kind: "fax" });
    expect(out.touchpoints[0]?.channel).toBe("other");
    expect(out.state).toBe("current");
    expect(keptOf(out)).toEqual({ state: "someday" });
  });

  it("cuts text over its limit to the limit, keeping the whole text in meta", () => {
    const map = loose();
    const long = "Waits ".repeat(5_000);
    map.cards[0]!.text = long;
    map.stages[0]!.name = "N".repeat(600);
    const { map: out, repairs } = repaired(map);
    expect(out.cards[0]?.text).toBe(long.slice(0, LIMITS.maxTextLength));
    expect(keptOf(out.cards[0])).toEqual({ text: long });
    expect(out.stages[0]?.name).toHaveLength(LIMITS.maxNameLength);
    expect(repairs.map((r) => r.action)).toEqual(["cut text", "cut text"]);
  });

  it("does not cut a surrogate pair in two", () => {
    const map = loose();
    // One character over the limit (lengths count characters, not UTF-16 units).
    map.stages[0]!.name = `${"a".repeat(LIMITS.maxNameLength - 1)}😀😀`;
    const { map: out } = repaired(map);
    expect(out.stages[0]?.name).toBe(`${"a".repeat(LIMITS.maxNameLength - 1)}😀`);
  });

  it("clears an optional value of the wrong type and replaces a required one, keeping both in meta", () => {
    const map = loose();
    map.cards[0]!.text = 42;
    map.cards[0]!.evidence = "rumour";
    map.stages[0]!.meta = "not an object";
    const { map: out, repairs } = repaired(map);
    expect(out.cards[0]).toMatchObject({
      text: "",
      meta: { [REPAIRED_KEY]: { text: 42, evidence: "rumour" } },
    });
    expect(out.cards[0]?.evidence).toBeUndefined();
    expect(keptOf(out.stages[0])).toEqual({ meta: "not an object" });
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ["stages[0].meta", "cleared value"],
      ["cards[0].text", "replaced value"],
      ["cards[0].evidence", "cleared value"],
    ]);
  });

  it("mends a list item by item", () => {
    const map = loose();
    map.personas[0]!.needs = ["Quick", 5, "x".repeat(LIMITS.maxTextLength + 1)];
    const { map: out, repairs } = repaired(map);
    expect(out.personas[0]?.needs).toEqual(["Quick", "x".repeat(LIMITS.maxTextLength)]);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([["personas[0].needs", "removed list item"]]);
  });
});

describe("repairJourneyMap: missing fields", () => {
  it("fills a record's missing text and the map's title, dates and lists", () => {
    const map = loose();
    delete map.cards[0]!.text;
    delete map.title;
    delete map.createdAt;
    delete (map as Record<string, unknown>).quotes;
    map.updatedAt = "2026-02-03T04:05:06.000Z";
    const { map: out, repairs } = repaired(map);
    expect(out.cards[0]?.text).toBe("");
    expect(out.title).toBe("Untitled journey");
    expect(out.createdAt).toBe("2026-02-03T04:05:06.000Z");
    expect(out.quotes).toEqual([]);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ["quotes", "filled missing field"],
      ["title", "filled missing field"],
      ["createdAt", "filled missing field"],
      ["cards[0].text", "filled missing field"],
    ]);
  });

  it("dates a map with no timestamps from its evidence, not the clock", () => {
    const map = loose();
    delete map.createdAt;
    delete map.updatedAt;
    map.quotes = [{ id: "q1", text: "Slow", date: "2025-11-30" }];
    const { map: out } = repaired(map);
    expect(out.createdAt).toBe("2025-11-30T00:00:00.000Z");
    expect(out.updatedAt).toBe("2025-11-30T00:00:00.000Z");
  });

  it("sets aside a record list that is not a list", () => {
    const map = loose();
    map.quotes = { q1: { text: "Kept anyway" } } as never;
    const { map: out, repairs } = repaired(map);
    expect(out.quotes).toEqual([]);
    expect(setAsideOf(out)).toEqual([
      {
        collection: "quotes",
        record: { q1: { text: "Kept anyway" } },
        reason: expect.stringContaining("not a list"),
      },
    ]);
    expect(repairs[0]).toMatchObject({ path: "quotes", action: "set aside record" });
  });
});

describe("repairJourneyMap: as a whole", () => {
  it("is deterministic, and a repaired map needs no repair", () => {
    const map = loose();
    map.cards[0]!.personaId = "ghost";
    map.cards.push(
      { id: "c1", laneId: "l9", stageId: "s1", text: "Twin" },
      { id: "c1", laneId: "l1", stageId: "s1" },
    );
    delete map.updatedAt;
    const text = JSON.stringify(map);
    const first = repaired(text);
    expect(repaired(text)).toEqual(first);
    expect(repaired(first.map).repairs).toEqual([]);
  });

  it("lists repairs in file order", () => {
    const map = loose();
    map.cards[0]!.personaId = "ghost";
    map.personas[0]!.color = "red";
    delete map.title;
    const { repairs } = repaired(map);
    expect(repairs.map((r) => r.path)).toEqual(["title", "personas[0].color", "cards[0].personaId"]);
  });

  it("sets aside 12,000 cards whose stage is gone in one pass", () => {
    const map = loose();
    map.cards = Array.from({ length: 12_000 }, (_, i) => ({
      id: `x${i}`,
      laneId: "l1",
      stageId: "gone",
      text: `Card ${i}`,
    }));
    const { map: out, repairs } = repaired(map);
    expect(out.cards).toEqual([]);
    expect(repairs).toHaveLength(12_000);
    expect(setAsideOf(out)).toHaveLength(12_000);
  });
});
