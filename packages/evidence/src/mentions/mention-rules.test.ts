import { describe, expect, it } from "vitest";
import { bistroMap } from "../../test/bistro-map.js";
import { checkMentionRules, compileMentionRules, defaultMentionRules } from "./mention-rules.js";

describe("mention rules", () => {
  it("start from the map's touchpoint and stage names", () => {
    expect(defaultMentionRules(bistroMap())).toEqual([
      { stageId: "book", touchpointId: "app", keywords: ["booking app", "booking"] },
      { stageId: "pay", touchpointId: "terminal", keywords: ["card terminal", "card", "terminal"] },
      { stageId: "book", keywords: ["book"] },
      { stageId: "order", keywords: ["order"] },
      { stageId: "eat", keywords: ["eat"] },
      { stageId: "pay", keywords: ["pay"] },
    ]);
  });

  it("match whole words and their endings, accents and case ignored; most hits win", () => {
    const match = compileMentionRules([
      { stageId: "eat", keywords: ["café", "soup"] },
      { stageId: "pay", keywords: ["bill", "pay"] },
    ]);
    expect(match("The CAFE soup was cold")?.stageId).toBe("eat");
    expect(match("Paying the bill took ages, soup fine")?.stageId).toBe("pay");
    expect(match("mysoup and soupspoons")).toBeUndefined();
    expect(match("")).toBeUndefined();
  });

  it("rules from a file are checked against the map, by id or name", () => {
    const map = bistroMap();
    expect(
      checkMentionRules([{ stageId: "Pay", touchpointId: "Card terminal", keywords: ["card"] }], map),
    ).toEqual([{ stageId: "pay", touchpointId: "terminal", keywords: ["card"] }]);
    expect(() => checkMentionRules([{ stageId: "Dessert", keywords: ["cake"] }], map)).toThrow(
      'rules[0].stageId: no stage with id or name "Dessert"',
    );
    expect(() => checkMentionRules([{ stageId: "eat", keywords: [] }], map)).toThrow("rules[0].keywords");
    expect(() => checkMentionRules({}, map)).toThrow(/expected a list/);
  });
});
