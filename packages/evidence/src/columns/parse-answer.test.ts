import { describe, expect, it } from "vitest";
import { columnAnswers, dateOrder, isMissing, parseAnswer, parseDate } from "./parse-answer.js";

describe("parseAnswer", () => {
  it.each([
    ["7", 7],
    [" 8.5 ", 8.5],
    ["8,5", 8.5],
    ["9 - Extremely likely", 9],
    ["4 stars", 4],
    ["★★★☆☆", 3],
    ["Very satisfied", 5],
    ["Strongly agree", 5],
    ["Muy insatisfecho", 1],
    ["Good", 5],
  ])("%s -> %s", (cell, value) => {
    expect(parseAnswer(cell)).toBe(value);
  });

  it.each(["", "N/A", "n/a", "-", "k.A.", "#N/A", "banana", "Offered", "Unoffered", "2/3/2026 9:23:00"])(
    "%s is no answer",
    (cell) => {
      expect(parseAnswer(cell)).toBeUndefined();
    },
  );

  it("knows missing cells", () => {
    expect(isMissing(" N/A ")).toBe(true);
    expect(isMissing("Offered")).toBe(true);
    expect(isMissing("0")).toBe(false);
  });

  it("stretches a label onto the column's scale", () => {
    expect(parseAnswer("Very satisfied", { min: 0, max: 10 })).toBe(10);
    expect(parseAnswer("Neutral", { min: 1, max: 7 })).toBe(4);
  });
});

describe("columnAnswers", () => {
  it("reads a help desk's Good/Bad on 1-2, offered and unoffered as no answer", () => {
    const answers = columnAnswers(["Good", "Bad", "Offered", "Unoffered", "👍", "thumbs down"]);
    expect(answers.labels).toEqual({ kind: "rating", points: 2 });
    expect(
      ["Good", "Bad", "👍", "👎", "thumbs up", "Good, I'm satisfied", "Bad, I'm unsatisfied"].map((c) =>
        answers.read(c),
      ),
    ).toEqual([2, 1, 2, 1, 2, 2, 1]);
    expect(answers.read("Offered")).toBeUndefined();
    // A manual mapping without a scale reads it on CSAT's 1-5: good 5, bad 1, the same share satisfied.
    expect(answers.read("Good", { min: 1, max: 5 })).toBe(5);
    expect(answers.read("Bad", { min: 1, max: 5 })).toBe(1);
  });

  it("reads agreement on 7 points when the column says both agree and somewhat agree", () => {
    const seven = columnAnswers(["Strongly agree", "Agree", "Somewhat agree", "Disagree"]);
    expect(seven.labels).toEqual({ kind: "agreement", points: 7 });
    expect(
      [
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
      ].map((c) => seven.read(c)),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const five = columnAnswers(["Strongly agree", "Somewhat agree", "Strongly disagree"]);
    expect(five.labels).toEqual({ kind: "agreement", points: 5 });
    expect(five.read("Somewhat agree")).toBe(4);
  });

  it("rounds labels onto an NPS column's whole numbers", () => {
    const answers = columnAnswers(["Extremely likely", "Very likely", "Not at all likely"]);
    expect(answers.read("Very likely", { min: 0, max: 10 }, { whole: true })).toBe(8);
    expect(answers.read("Extremely likely", { min: 0, max: 10 }, { whole: true })).toBe(10);
  });

  it("leaves numbers as written and an unknown label unread", () => {
    const answers = columnAnswers(["Muy satisfecho", "4", "Insatisfecho"]);
    expect(answers.read("4")).toBe(4);
    expect(answers.read("Muy satisfecho")).toBe(5);
    expect(answers.read("Excellent")).toBeUndefined();
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
    ["2026-03-14T19:04:11+01:00", "2026-03-14"],
    ["2026/03/14", "2026-03-14"],
    ["2026.03.14", "2026-03-14"],
    ["14/3/2026 9:23:00", "2026-03-14"],
    ["14-03-2026", "2026-03-14"],
    ["14.03.26", "2026-03-14"],
    ["3/14/26, 7:12 PM", "2026-03-14"],
  ])("%s -> %s", (cell, date) => {
    expect(parseDate(cell)).toBe(date);
  });

  it("reads slash dates day first when the column shows it", () => {
    const cells = ["01/03/2026", "14/03/2026"];
    expect(dateOrder(cells)).toBe("dmy");
    expect(parseDate("01/03/2026", dateOrder(cells))).toBe("2026-03-01");
  });

  it("reads Spanish Google Forms' 2/3/2026 9:23:00 as the 2nd of March, not the number 2", () => {
    expect(parseDate("2/3/2026 9:23:00", "dmy")).toBe("2026-03-02");
    expect(parseAnswer("2/3/2026 9:23:00")).toBeUndefined();
  });

  it("Excel serial day numbers in an .xlsx date column", () => {
    expect(parseDate("46083", "mdy", { serial: true })).toBe("2026-03-02");
    expect(parseDate("46083.391", "mdy", { serial: true })).toBe("2026-03-02");
    expect(parseDate("46083")).toBeUndefined();
    expect(parseDate("123", "mdy", { serial: true })).toBeUndefined();
  });
});

describe("dateOrder", () => {
  it("decides from any value of the whole column", () => {
    expect(dateOrder(["2/3/2026 9:23:00", "5/3/2026 10:00:00", "14/3/2026 11:00:00"])).toBe("dmy");
    expect(dateOrder(["2/3/2026", "3/14/2026"])).toBe("mdy");
    expect(dateOrder(["2.3.2026", "14.3.2026"])).toBe("dmy");
  });

  it("when every date reads both ways: the header's language, then . and -, then the locale, then month first", () => {
    const ambiguous = ["2/3/2026 9:23:00", "5/3/2026 10:00:00"];
    expect(dateOrder(ambiguous, { header: "Marca temporal" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Zeitstempel" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Informazioni cronologiche" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Horodateur" })).toBe("dmy");
    expect(dateOrder(["02-03-2026"], { header: "Timestamp" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Timestamp", locale: "es-ES" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Timestamp", locale: "en-GB" })).toBe("dmy");
    expect(dateOrder(ambiguous, { header: "Timestamp", locale: "en-US" })).toBe("mdy");
    expect(dateOrder(ambiguous, { header: "Timestamp", locale: "en" })).toBe("mdy");
    expect(dateOrder(ambiguous)).toBe("mdy");
  });
});

describe("parseDate edge cases", () => {
  it("refuses impossible dates", () => {
    expect(parseDate("2026-02-30")).toBeUndefined();
    expect(parseDate("31.13.2026")).toBeUndefined();
    expect(parseDate("soon")).toBeUndefined();
  });
});
