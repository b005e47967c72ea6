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
