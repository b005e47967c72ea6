import { describe, expect, it } from "vitest";
import { dentalMap } from "../../test/dental-map.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { analyzeEvidence } from "./analyze-evidence.js";

const WAITING = [
  "Sat in the waiting room for 25 minutes past my appointment time",
  "The waiting room was packed and nobody told us anything",
  "Waiting room far too hot, and a long delay again\nSent from my iPhone",
  "Forty minutes in the waiting room. Terrible.",
];
const FORMS = [
  "Had to fill in the paper form again, you have my details",
  "Paper form again! Third visit in a row",
  "Why a paper form again? Sent from my iPhone",
  "The paper form again, and the pen did not work",
];

/** A dental practice's "Arrive & wait": 51 comments, 28 about the waiting room, 16 about forms; NPS −33. */
async function dentalSurvey() {
  const lines = ["Stage,How likely are you to recommend us?,Comments"];
  for (let i = 0; i < 51; i++) {
    const comment =
      i < 28
        ? WAITING[i % WAITING.length]!
        : i < 44
          ? FORMS[i % FORMS.length]!
          : i % 2
            ? "Sent from my iPhone"
            : "Hi team, [email] thanks";
    lines.push(`Arrive & wait,${i % 3 === 0 ? 9 : 3},"${comment.replace(/"/g, '""')}"`);
  }
  const map = dentalMap();
  const table = await readTable(new TextEncoder().encode(lines.join("\n")));
  return analyzeEvidence(map, table, detectColumns(table, map), { now: new Date("2026-04-01T00:00:00Z") });
}

describe("suggested pain points: findings an analyst would write", () => {
  it("names the finding with its count and the stage's NPS, not 'Customers mention'", async () => {
    const analysis = await dentalSurvey();
    const texts = analysis.painPoints.map((p) => p.text);
    expect(texts).toContain("Waiting room: 28 of 51 comments, NPS −33");
    expect(texts).toContain("Paper form: 16 of 51 comments, NPS −33");
    expect(texts.join(" ")).not.toMatch(/Customers mention|mean sentiment/);
  });

  it("merges variants and leaves boilerplate, stage words and redaction tokens out", async () => {
    const analysis = await dentalSurvey();
    const wait = analysis.stages.find((s) => s.stageId === "wait")!;
    const terms = wait.themes.map((t) => t.term);
    expect(terms.filter((t) => /form/.test(t))).toEqual(["paper form"]);
    expect(terms.join(" ")).not.toMatch(/iphone|sent|email|thanks|team|^wait$|arrive/);
    expect(analysis.painPoints.map((p) => p.theme.term)).not.toContain("wait");
  });

  it("links two quotes that say it, and a severity from the evidence with its basis", async () => {
    const analysis = await dentalSurvey();
    const room = analysis.painPoints.find((p) => p.theme.term === "waiting room")!;
    expect(room.quoteIds).toHaveLength(2);
    for (const id of room.quoteIds)
      expect(analysis.quotes.find((q) => q.id === id)?.text.toLowerCase()).toContain("waiting room");
    expect(room.basis).toMatchObject({ share: 0.549, spread: 2, rating: "NPS −33" });
    expect(room.basis.rated).toBeGreaterThan(0);
    const form = analysis.painPoints.find((p) => p.theme.term === "paper form")!;
    // Fewer comments say it: a lower (or equal) severity, never a constant 4-5 for everything.
    expect(form.severity).toBeLessThanOrEqual(room.severity);
    expect(form.basis.spread).toBeLessThan(room.basis.spread);
  });
});
