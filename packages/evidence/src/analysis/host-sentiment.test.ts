import { describe, expect, it } from "vitest";
import { bistroMap } from "../../test/bistro-map.js";
import type { ColumnMapping } from "../columns/column-mapping.js";
import { readTable } from "../table/read-table.js";
import { analyzeEvidence } from "./analyze-evidence.js";

const CSV = [
  "Stage,Comment",
  "Eat,The soup was cold",
  "Eat,Lovely dessert",
  "Eat,Die Suppe war kalt",
  "Eat,Write to me at ana@example.com",
  "Eat,Fine",
].join("\n");
const mapping: ColumnMapping = {
  columns: [
    { index: 0, role: "stage" },
    { index: 1, role: "comment" },
  ],
};

describe("analyzeEvidence with a host's own sentiment scorer", () => {
  it("sends every comment, redacted, grouped by detected language, and uses the scores it answers", async () => {
    const calls: [string[], string][] = [];
    const analysis = await analyzeEvidence(bistroMap(), await readTable(CSV), mapping, {
      sentiment: async (texts, language) => {
        calls.push([texts, language]);
        return texts.map(() => (language === "de" ? -1 : 0.5));
      },
    });
    const sent = calls.flatMap(([texts]) => texts);
    expect(sent).toHaveLength(5);
    expect(sent.join(" ")).not.toContain("ana@example.com");
    expect(calls.find(([, language]) => language === "de")?.[0]).toEqual(["Die Suppe war kalt"]);
    const eat = analysis.stages.find((s) => s.stageId === "eat")!;
    // (0.5 × 4 − 1) / 5
    expect(eat.meanSentiment).toBeCloseTo(0.2, 5);
  });

  it("asks once per distinct comment, and every comment the analysis reads has the host's score", async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `Eat,${i % 3 === 0 ? "Cold soup again" : `Dish ${i % 7} was lovely`}`,
    );
    const asked: string[] = [];
    const scoreOf = (text: string) => (text.includes("Cold") ? -0.8 : 0.6);
    const analysis = await analyzeEvidence(
      bistroMap(),
      await readTable(["Stage,Comment", ...rows].join("\n")),
      mapping,
      {
        sentiment: async (texts) => {
          asked.push(...texts);
          return texts.map(scoreOf);
        },
      },
    );
    expect(asked).toHaveLength(new Set(asked).size);
    expect(new Set(asked)).toEqual(new Set(rows.map((r) => r.slice(4))));
    expect(analysis.quotes.length).toBeGreaterThan(0);
    for (const quote of analysis.quotes) expect(quote.sentiment).toBe(scoreOf(quote.text));
  });

  it("refuses a scorer that answers the wrong number of scores, or no numbers", async () => {
    const table = await readTable(CSV);
    await expect(
      analyzeEvidence(bistroMap(), table, mapping, { sentiment: async () => [0.1] }),
    ).rejects.toThrow(/answered 1 scores for \d+ en texts/);
    await expect(
      analyzeEvidence(bistroMap(), table, mapping, {
        sentiment: async (texts) => texts.map(() => Number.NaN),
      }),
    ).rejects.toThrow(/expected a number from -1 to 1/);
  });
});
