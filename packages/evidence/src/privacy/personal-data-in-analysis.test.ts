import { describe, expect, it } from "vitest";
import { bistroMap } from "../../test/bistro-map.js";
import {
  GOOGLE_REVIEWS,
  PLANTED_PERSONAL_DATA,
  QUALTRICS,
  SPANISH_GOOGLE_FORMS,
  TRUSTPILOT,
  ZENDESK,
} from "../../test/privacy-exports.js";
import { analyzeEvidence } from "../analysis/analyze-evidence.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";

const now = new Date("2026-04-10T08:00:00Z");

/** Words placing help-desk tickets and reviews on the bistro's stages. */
const rules = [
  { stageId: "book", keywords: ["booking", "allergy", "kitchen"] },
  { stageId: "eat", keywords: ["food", "waiter", "soup", "comida", "camarero"] },
  { stageId: "pay", keywords: ["bill", "refund", "charged", "paying", "cuenta"] },
];

async function analyze(csv: string, locale = "en") {
  const map = bistroMap(locale);
  const table = await readTable(csv);
  return analyzeEvidence(map, table, detectColumns(table, map), {
    now,
    sourceName: "export.csv",
    rules,
    quotesPerStage: 10,
  });
}

describe("no personal data in what an analysis produces", () => {
  it.each([
    ["a Google-reviews-like export with a reviewer column", GOOGLE_REVIEWS, "en"],
    ["a Trustpilot-like export with Consumer Email and Consumer Name", TRUSTPILOT, "en"],
    ["a Zendesk-like export with Requester and Requester email", ZENDESK, "en"],
    ["a Spanish Google Forms export with e-mail, name, phone and address", SPANISH_GOOGLE_FORMS, "es"],
    ["a Qualtrics export with recipient name and e-mail", QUALTRICS, "en"],
  ])(
    "%s: no name, e-mail, phone, address or id in any quote, theme, pain point or warning",
    async (_, csv, locale) => {
      const analysis = await analyze(csv, locale);
      expect(analysis.quotes.length).toBeGreaterThan(0);
      const everything = JSON.stringify(analysis);
      for (const planted of PLANTED_PERSONAL_DATA) expect(everything).not.toContain(planted);
      for (const quote of analysis.quotes) {
        expect(quote.text).not.toMatch(/^\[email\]|@/);
        expect(quote.text).not.toMatch(/\d{3} \d{3} \d{3}/);
      }
      expect(analysis.painPoints.map((p) => p.text).join(" ")).not.toMatch(/email|e-mail|correo/i);
    },
  );

  it("a Trustpilot-like export: each quote is title — text, without the review id or language code", async () => {
    const analysis = await analyze(TRUSTPILOT);
    const texts = analysis.quotes.map((q) => q.text);
    expect(texts).toContain("Slow bill — Paying took twenty minutes, the card machine was broken");
    for (const text of texts) expect(text).not.toMatch(/5f8a1c2e|ORD-|(^| )en( |$)|bistro\.example/);
  });

  it("a comment that names an e-mail address or a phone is quoted redacted", async () => {
    const analysis = await analyze(ZENDESK);
    const refund = analysis.quotes.find((q) => q.text.startsWith("Refund not received"));
    expect(refund?.text).toBe("Refund not received — Still no refund after two weeks, call me on [phone]");
  });

  it("a Qualtrics export: NPS from the question, not its NPS_GROUP codes; unfinished, preview and repeated rows left out with warnings", async () => {
    const analysis = await analyze(QUALTRICS);
    const nps = analysis.metrics.filter((m) => m.kind === "NPS" && m.stageId === undefined);
    // Answers 9, 2, 10, 7, 3, 8: two promoters, two detractors of six.
    expect(nps).toHaveLength(1);
    expect(nps[0]).toMatchObject({ value: 0, sampleSize: 6 });
    expect(analysis.rows.total).toBe(9);
    expect(analysis.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^2 unfinished responses left out \(.*Finished = False: 1.*\); 6 responses counted$/,
        ),
        '1 repeated submission left out (the same "Response ID" as an earlier row)',
      ]),
    );
    expect(analysis.quotes.map((q) => q.text)).not.toContain("test test");
  });
});
