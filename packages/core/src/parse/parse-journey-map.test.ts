import { describe, expect, it } from "vitest";
import { restaurantSampleText } from "../../test/fixtures/restaurant-sample.js";
import { LIMITS } from "../limits.js";
import { createJourneyMap } from "../records/journey-map.js";
import { parseJourneyMap } from "./parse-journey-map.js";

function errorsOf(input: unknown) {
  const result = parseJourneyMap(input);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

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

describe("parseJourneyMap", () => {
  it("reads the restaurant sample (version 1) with no errors and no warnings, saying it was version 1", () => {
    const result = parseJourneyMap(restaurantSampleText);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && parseJourneyMap(JSON.stringify(result.map))).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it("round-trips a valid map unchanged", () => {
    const map = validMap();
    const result = parseJourneyMap(JSON.stringify(map));
    expect(result.ok && result.map).toEqual(map);
  });

  it("reports broken JSON with line and column, without throwing", () => {
    const [error] = errorsOf('{\n  "format": "journeykit/map",\n  "title": }');
    expect(error?.path).toBe("");
    expect(error?.message).toBe("not valid JSON: Unexpected token '}' at line 3 column 12");
  });

  it("refuses something that is not a journeykit map", () => {
    expect(errorsOf("[1,2]")[0]).toEqual({ path: "", message: "expected a journeykit map object" });
    expect(errorsOf({ format: "excalidraw" })[0]?.path).toBe("format");
  });

  it("refuses a newer version with a clear message", () => {
    const [error] = errorsOf({ ...validMap(), version: 7 });
    expect(error).toEqual({
      path: "version",
      message:
        "made by a newer journeykit (version 7); this build reads up to version 3, upgrade journeykit to open it",
    });
  });

  it("names the path of a wrong type", () => {
    const errors = errorsOf({ ...validMap(), title: 5 });
    expect(errors[0]?.path).toBe("title");
    expect(errors[0]?.message).toMatch(/expected string.*got 5/);
  });

  it("names an emotion score out of range", () => {
    const map = validMap();
    map.emotions[0]!.score = 3.5;
    expect(errorsOf(map)).toEqual([
      {
        path: "emotions[0].score",
        message: "expected an integer from -3 to 3, got 3.5",
        at: { collection: "emotions", index: 0, field: "score" },
      },
    ]);
  });

  it("names a metric value out of its kind's range once, with the value found", () => {
    const map = validMap();
    map.metrics = [{ id: "ces-1", kind: "CES", value: 50 }];
    expect(errorsOf(map)).toEqual([
      {
        path: "metrics[0].value",
        message: "CES value must be between 1 and 7, got 50",
        at: { collection: "metrics", index: 0, field: "value" },
      },
    ]);
  });

  it("says which record, field and list item a schema problem is about, as data", () => {
    const map = validMap() as Record<string, unknown> & ReturnType<typeof validMap>;
    map.personas[0]!.needs = ["fine", 5 as unknown as string];
    (map.cards as unknown[])[0] = "not a card";
    map.title = 5 as unknown as string;
    expect(errorsOf(map).map((error) => [error.path, error.at])).toEqual([
      ["title", undefined],
      ["personas[0].needs[1]", { collection: "personas", index: 0, field: "needs", item: 1 }],
      ["cards[0]", { collection: "cards", index: 0 }],
    ]);
  });

  it("names a dangling reference", () => {
    const map = validMap();
    map.emotions[0]!.personaId = "p9";
    map.cards[0]!.stageId = "s9";
    expect(errorsOf(map)).toEqual([
      {
        path: "cards[0].stageId",
        message: 'no stage with id "s9"',
        at: { collection: "cards", index: 0, field: "stageId" },
      },
      {
        path: "emotions[0].personaId",
        message: 'no persona with id "p9"',
        at: { collection: "emotions", index: 0, field: "personaId" },
      },
    ]);
  });

  it("refuses a card whose touchpoint is in another stage", () => {
    const map = validMap();
    map.cards[0] = { ...map.cards[0]!, stageId: "s2", touchpointId: "t1" };
    expect(errorsOf(map)).toEqual([
      {
        path: "cards[0].touchpointId",
        message: 'touchpoint "t1" belongs to stage "s1", not "s2"',
        at: { collection: "cards", index: 0, field: "touchpointId" },
      },
    ]);
  });

  it("refuses duplicate ids across kinds", () => {
    const map = validMap();
    map.cards[0]!.id = "s1";
    expect(errorsOf(map)).toEqual([
      {
        path: "cards[0].id",
        message: 'duplicate id "s1" (also stages[0].id)',
        at: { collection: "cards", index: 0, field: "id" },
      },
    ]);
  });

  it("keeps unknown fields and reports them as warnings", () => {
    const map = { ...validMap(), theme: "sunset" } as Record<string, unknown>;
    (map.cards as Record<string, unknown>[])[0]!.mood = "grumpy";
    const result = parseJourneyMap(JSON.stringify(map));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { path: "cards[0].mood", message: "unknown field kept as is" },
      { path: "theme", message: "unknown field kept as is" },
    ]);
    expect((result.map.cards[0] as Record<string, unknown>).mood).toBe("grumpy");
  });

  it("drops prototype-polluting keys and says so", () => {
    const text = JSON.stringify(validMap()).replace(
      '"title":',
      '"__proto__": { "polluted": true }, "constructor": 1, "title":',
    );
    const result = parseJourneyMap(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.path)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.map)).toBe(Object.prototype);
  });

  it("refuses oversized input before parsing it", () => {
    const huge = " ".repeat(LIMITS.maxInputLength + 1);
    expect(errorsOf(huge)[0]?.message).toMatch(/the limit is 20000000/);
  });

  it("refuses hostile nesting without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const errors = errorsOf(`{"format":"journeykit/map","version":1,"meta":{"x":${deep}}}`);
    expect(errors[0]?.message).toMatch(/nested deeper than the limit of 64 levels/);
  });

  it("refuses too many records of one kind", () => {
    const map = validMap();
    const many = Array.from({ length: LIMITS.maxRecordsPerKind + 1 }, (_, i) => ({
      ...map.cards[0]!,
      id: `c${i}`,
    }));
    expect(errorsOf({ ...map, cards: many })[0]).toEqual({
      path: "cards",
      message: "50001 records; the limit is 50000 per kind",
    });
  });

  it("rejects values that are not JSON when given in memory", () => {
    const map = { ...validMap(), title: Number.NaN };
    expect(errorsOf(map)[0]).toEqual({ path: "title", message: "expected a finite number, got NaN" });
  });
});
