import { describe, expect, it } from "vitest";
import { isMissing, parseAnswer, parseDate, slashDateOrder } from "./parse-answer.js";

describe("parseAnswer", () => {
  it.each([
    ["7", 7],
    [" 8.5 ", 8.5],
    ["8,5", 8.5],
    ["9 - Extremely likely", 9],
    ["4 stars", 4],
    ["★★★☆☆", 3],
    ["Very satisfied", 5],
    ["Strongly agree", 7],
  ])("%s -> %s", (cell, value) => {
    expect(parseAnswer(cell)).toBe(value);
  });

  it.each(["", "N/A", "n/a", "-", "k.A.", "#N/A", "banana"])("%s is no answer", (cell) => {
    expect(parseAnswer(cell)).toBeUndefined();
  });

  it("knows missing cells", () => {
    expect(isMissing(" N/A ")).toBe(true);
    expect(isMissing("0")).toBe(false);
  });
});

describe("parseDate", () => {
  it.each([
    ["2026-03-14", "2026-03-14"],
    ["2026-03-14T19:04:11Z", "2026-03-14"],
    ["2026-03-14 19:04:11", "2026-03-14"],
    ["14.03.2026", "2026-03-14"],
    ["3/14/2026 19:04:11", "2026-03-14"],
    ["03/14/2026 07:12:55 PM", "2026-03-14"],
  ])("%s -> %s", (cell, date) => {
    expect(parseDate(cell)).toBe(date);
  });

  it("reads slash dates day first when the column shows it", () => {
    const cells = ["01/03/2026", "14/03/2026"];
    expect(slashDateOrder(cells)).toBe("dmy");
    expect(parseDate("01/03/2026", slashDateOrder(cells))).toBe("2026-03-01");
  });

  it("refuses impossible dates", () => {
    expect(parseDate("2026-02-30")).toBeUndefined();
    expect(parseDate("31.13.2026")).toBeUndefined();
    expect(parseDate("soon")).toBeUndefined();
  });
});
