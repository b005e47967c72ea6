import { describe, expect, it } from "vitest";
import { createJourneyMap } from "../records/journey-map.js";
import { checkReferences, referenceView } from "./check-references.js";
import { parseJourneyMap } from "./parse-journey-map.js";
import { validateJourneyMap } from "./validate-journey-map.js";

function validMap() {
  const map = createJourneyMap({ id: "m1", now: new Date("2026-01-01T00:00:00Z") });
  map.personas = [{ ...map.personas[0]!, id: "p1" }];
  map.stages = map.stages.map((s, i) => ({ ...s, id: `s${i + 1}` }));
  map.lanes = map.lanes.map((l, i) => ({ ...l, id: `l${i + 1}` }));
  map.touchpoints = [{ id: "t1", stageId: "s1", name: "App", channel: "mobile-app" }];
  map.cards = [{ id: "c1", laneId: "l1", stageId: "s1", text: "Opens the app" }];
  map.emotions = [{ id: "e1", personaId: "p1", stageId: "s1", score: 2 }];
  return map;
}

describe("reference problems beside structural ones", () => {
  it("lists a schema error and a dangling reference from one run", () => {
    const map = { ...validMap(), title: 5 } as Record<string, unknown>;
    (map.cards as { stageId: string }[])[0]!.stageId = "s9";
    const result = parseJourneyMap(JSON.stringify(map));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["title", "cards[0].stageId"]);
    expect(result.errors[1]).toEqual({
      path: "cards[0].stageId",
      message: 'no stage with id "s9"',
      at: { collection: "cards", index: 0, field: "stageId" },
    });
    expect(result.total).toBeUndefined();
  });

  it("keeps the input's indices when a record before the broken reference is itself broken", () => {
    const map = validMap() as unknown as Record<string, unknown[]>;
    map.cards = ["not a card", { id: "c2", laneId: "l404", stageId: "s1", text: "x" }];
    const result = validateJourneyMap(map);
    expect(!result.ok && result.errors.filter((e) => e.path.startsWith("cards[1]"))).toEqual([
      {
        path: "cards[1].laneId",
        message: 'no lane with id "l404"',
        at: { collection: "cards", index: 1, field: "laneId" },
      },
    ]);
  });

  it("does not call references dangling when the list they point into is unreadable", () => {
    const stagesNotAList = { ...validMap(), stages: "s1,s2" };
    const a = validateJourneyMap(stagesNotAList);
    expect(!a.ok && a.errors.map((e) => e.path)).toEqual(["stages"]);

    const stageWithoutId = validMap() as unknown as Record<string, Record<string, unknown>[]>;
    stageWithoutId.stages![0]!.id = 42;
    const b = validateJourneyMap(stageWithoutId);
    expect(!b.ok && b.errors.map((e) => e.path)).toEqual(["stages[0].id"]);
  });

  it("still reports duplicates and touchpoints in the wrong stage on a broken document", () => {
    const map = { ...validMap(), state: "someday" };
    map.cards.push({ id: "c1", laneId: "l1", stageId: "s2", text: "again", touchpointId: "t1" });
    const result = validateJourneyMap(map);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ path: "state" }),
      {
        path: "cards[1].id",
        message: 'duplicate id "c1" (also cards[0].id)',
        at: { collection: "cards", index: 1, field: "id" },
      },
      {
        path: "cards[1].touchpointId",
        message: 'touchpoint "t1" belongs to stage "s1", not "s2"',
        at: { collection: "cards", index: 1, field: "touchpointId" },
      },
    ]);
  });

  it("lists at most 200 problems and counts them all", () => {
    const map = validMap();
    map.cards = Array.from({ length: 250 }, (_, i) => ({
      id: `c${i}`,
      laneId: "l1",
      stageId: "nope",
      text: "",
    }));
    const result = parseJourneyMap({ ...map, title: 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(200);
    expect(result.errors[0]?.path).toBe("title");
    expect(result.total).toBe(251);
  });

  it("reads only string fields into the reference view", () => {
    expect(
      referenceView({
        id: 1,
        stages: [{ id: "s1" }, 7],
        cards: [{ id: "c", stageId: 3, personaIds: ["p", 2] }],
      }),
    ).toEqual({
      stages: [{ id: "s1" }, {}],
      cards: [{ id: "c", personaIds: ["p", undefined] }],
    });
    expect(referenceView("text")).toEqual({});
    expect(checkReferences(validMap())).toEqual([]);
  });
});
