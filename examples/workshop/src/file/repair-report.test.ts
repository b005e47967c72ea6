import { describe, expect, it } from "vitest";
import { groupRepairs } from "./repair-report";

describe("groupRepairs", () => {
  it("groups by action in the order each action first comes, keeping file order inside a group", () => {
    const a = { path: "cards[0].id", action: "gave new id", message: "a" };
    const b = { path: "cards[1].stageId", action: "cleared reference", message: "b" };
    const c = { path: "cards[2].id", action: "gave new id", message: "c" };
    expect(groupRepairs([a, b, c])).toEqual([
      { action: "gave new id", repairs: [a, c] },
      { action: "cleared reference", repairs: [b] },
    ]);
    expect(groupRepairs([])).toEqual([]);
  });
});
