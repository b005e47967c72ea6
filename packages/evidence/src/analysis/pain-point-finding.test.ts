import { describe, expect, it } from "vitest";
import { findingName, painPointSeverity, painPointText, ratingText } from "./pain-point-finding.js";

const waitingRoom = { term: "waiting room", count: 28, comments: 51, meanSentiment: -0.5 };

describe("painPointText: a finding, not a log line", () => {
  it("names the finding in sentence case with its count and the stage's NPS", () => {
    expect(painPointText({ ...waitingRoom, rating: { kind: "NPS", value: -38.6 } })).toBe(
      "Waiting room: 28 of 51 comments, NPS −39",
    );
  });

  it("cites CSAT, CES and star ratings as people read them", () => {
    expect(ratingText({ kind: "CSAT", value: 61.54 })).toBe("CSAT 61.5%");
    expect(ratingText({ kind: "CES", value: 3.14 })).toBe("CES 3.1/7");
    expect(ratingText({ kind: "custom", value: 2.44, label: "Average rating (1-5)" })).toBe("rating 2.4/5");
    expect(ratingText({ kind: "NPS", value: 12 })).toBe("NPS 12");
  });

  it("leaves the rating out when the stage has none, and never says 'Customers mention'", () => {
    const text = painPointText({ term: "sala de espera", count: 1, comments: 1, meanSentiment: -0.4 });
    expect(text).toBe("Sala de espera: 1 of 1 comment");
    expect(text).not.toMatch(/Customers mention|sentiment/);
  });

  it("keeps the phrase as written after its first letter", () => {
    expect(findingName("card machine")).toBe("Card machine");
    expect(findingName("über die Wartezeit")).toBe("Über die Wartezeit");
  });
});

describe("painPointSeverity: follows the evidence", () => {
  it("a theme in half a badly rated stage's comments, clearly negative, is a 4", () => {
    const s = painPointSeverity({ ...waitingRoom, ratingFeeling: -1.17 });
    expect(s).toMatchObject({ severity: 4, share: 0.549, spread: 2, negativity: 0.5, rated: 0.39 });
  });

  it("a theme in a tenth of a neutral stage's comments, mildly negative, is a 2", () => {
    expect(painPointSeverity({ term: "x", count: 5, comments: 50, meanSentiment: -0.2 }).severity).toBe(2);
  });

  it("a 5 takes a widespread, strongly negative theme on a stage rated badly", () => {
    const worst = { term: "x", count: 40, comments: 50, meanSentiment: -0.9, ratingFeeling: -2.5 };
    expect(painPointSeverity(worst).severity).toBe(5);
    expect(painPointSeverity({ ...worst, ratingFeeling: undefined }).severity).toBe(4);
  });

  it("rises with the share of comments, the negativity and the stage's rating, one at a time", () => {
    const base = { term: "x", count: 10, comments: 50, meanSentiment: -0.3, ratingFeeling: 0 };
    const at = (change: Partial<typeof base>) => painPointSeverity({ ...base, ...change }).severity;
    expect(at({})).toBe(2);
    expect(at({ count: 30 })).toBeGreaterThan(at({}));
    expect(at({ meanSentiment: -1 })).toBeGreaterThan(at({}));
    expect(at({ ratingFeeling: -3 })).toBeGreaterThan(at({}));
    // A stage customers rate well adds nothing.
    expect(at({ ratingFeeling: 2 })).toBe(at({}));
  });
});
