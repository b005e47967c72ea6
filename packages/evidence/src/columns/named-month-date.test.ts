import { describe, expect, it } from "vitest";
import { namedMonthDate } from "./named-month-date.js";
import { parseDate } from "./parse-answer.js";

describe("namedMonthDate", () => {
  it.each([
    ["March 2, 2026", [2026, 3, 2]],
    ["Mar 2nd, 2026 9:23 AM", [2026, 3, 2]],
    ["Monday, 2 March 2026", [2026, 3, 2]],
    ["Mon, 02 Mar 2026 09:23:00 +0000", [2026, 3, 2]],
    ["2 de marzo de 2026 9:23", [2026, 3, 2]],
    ["lunes, 14 de septiembre de 2026", [2026, 9, 14]],
    ["2. März 2026", [2026, 3, 2]],
    ["14. Okt. 2026, 10:01", [2026, 10, 14]],
    ["2 févr. 2026", [2026, 2, 2]],
    ["1er janvier 2026", [2026, 1, 1]],
    ["2 de março de 2026", [2026, 3, 2]],
    ["2 marzo 2026", [2026, 3, 2]],
    ["2 maart 2026", [2026, 3, 2]],
  ])("%s", (cell, expected) => {
    expect(namedMonthDate(cell)).toEqual(expected);
  });

  it.each([
    "We came on 2 March 2026 and waited",
    "March 2026",
    "2 Marchy 2026",
    "May the food be better, 12 2026",
    "35 March 2026",
    "",
  ])("not a date: %s", (cell) => {
    expect(namedMonthDate(cell)).toBeUndefined();
  });

  it("is how parseDate reads dates with a month's name, into the calendar (no 31 February)", () => {
    expect(parseDate("2 de marzo de 2026 9:23:00")).toBe("2026-03-02");
    expect(parseDate("March 14, 2026")).toBe("2026-03-14");
    expect(parseDate("31 February 2026")).toBeUndefined();
  });
});
