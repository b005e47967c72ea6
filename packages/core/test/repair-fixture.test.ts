import { describe, expect, it } from "vitest";
import {
  CURRENT_VERSION,
  REPAIRED_KEY,
  repairJourneyMap,
  SET_ASIDE_KEY,
  validateJourneyMap,
} from "../src/index";
import { restaurantSampleText } from "./fixtures/restaurant-sample";

/** The restaurant sample (a version 1 file), damaged by hand as a careless edit or a bad merge would. */
function damagedSample() {
  const doc = JSON.parse(restaurantSampleText);
  doc.stages = doc.stages.filter((stage: { id: string }) => stage.id !== "stg_complain");
  doc.cards[0].id = "stg_arrive";
  doc.cards[1].personaId = "per_ghost";
  doc.emotions[0].score = 99;
  doc.description = "Cold dish. ".repeat(3_000);
  delete doc.title;
  return doc;
}

describe("repairJourneyMap on the restaurant sample, damaged", () => {
  const damaged = damagedSample();
  const { map, repairs } = repairJourneyMap(JSON.stringify(damaged));

  it("opens it as a valid map of the current version", () => {
    expect(validateJourneyMap(map).ok).toBe(true);
    expect(map.version).toBe(CURRENT_VERSION);
    expect(map.title).toBe("Untitled journey");
  });

  it("lists every repair in file order", () => {
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ["title", "filled missing field"],
      ["description", "cut text"],
      ["touchpoints[2]", "set aside record"],
      ["cards[0].id", "gave new id"],
      ["cards[1].personaId", "cleared reference"],
      ["cards[2]", "set aside record"],
      ["cards[4]", "set aside record"],
      ["cards[5]", "set aside record"],
      ["emotions[0].score", "replaced value"],
      ["emotions[2]", "set aside record"],
      ["momentsOfTruth[0]", "set aside record"],
      ["metrics[2].stageId", "cleared reference"],
    ]);
    expect(repairs.find((r) => r.path === "cards[4]")?.message).toBe(
      'card "Server answers \\"it should be fine\\"" set aside: its stage "stg_complain" does not exist',
    );
  });

  it("keeps the cards of the missing stage, and the whole description, in meta", () => {
    const setAside = map.meta?.[SET_ASIDE_KEY] as { collection: string; record: { text?: string } }[];
    expect(
      setAside.filter((entry) => entry.collection === "cards").map((entry) => entry.record.text),
    ).toEqual([damaged.cards[2].text, damaged.cards[4].text, damaged.cards[5].text]);
    expect(map.meta?.[REPAIRED_KEY]).toEqual({ description: damaged.description });
    expect(map.cards.map((card) => card.id)).toEqual(["stg_arrive-2", "crd_2", "crd_4", "crd_7", "crd_8"]);
  });

  it("needs nothing more once repaired", () => {
    expect(repairJourneyMap(map).repairs).toEqual([]);
  });
});
