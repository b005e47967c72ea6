import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bistroMap, fixture } from "../../test/bistro-map.js";
import { readTable } from "../table/read-table.js";
import { correctMapping } from "./column-mapping.js";
import { detectColumns } from "./detect-columns.js";

const roles = async (file: string, map = bistroMap()) => {
  const table = await readTable(fixture(file));
  return detectColumns(table, map).columns.map((c) => c.role);
};

describe("detectColumns", () => {
  it("Google Forms: date, NPS, CSAT, stage (names of the map), comment", async () => {
    const table = await readTable(fixture("google-forms.csv"));
    const { columns } = detectColumns(table, bistroMap());
    expect(columns.map((c) => c.role)).toEqual(["date", "nps", "csat", "stage", "comment"]);
    expect(columns[1]).toMatchObject({ scale: { min: 0, max: 10 }, confidence: 0.95 });
    expect(columns[1]?.reason).toMatch(/recommending/);
    expect(columns[3]?.reason).toBe("100% of answers name a stage of the map");
  });

  it("SurveyMonkey: metadata ignored, satisfaction questions about one stage carry it, visitor type as segment", async () => {
    const table = await readTable(fixture("surveymonkey.csv"));
    const { columns } = detectColumns(table, bistroMap());
    expect(columns.map((c) => c.role)).toEqual([
      "ignore",
      "ignore",
      "date",
      "date",
      "ignore",
      "ignore",
      "nps",
      "csat",
      "csat",
      "segment",
      "comment",
    ]);
    expect(columns[4]?.reason).toBe("respondent metadata (never stored)");
    expect(columns[7]?.stageId).toBe("order");
    expect(columns[8]?.stageId).toBe("pay");
  });

  it("Typeform: CES from an ease question about booking; Qualtrics: CES about paying", async () => {
    const typeform = detectColumns(await readTable(fixture("typeform.csv")), bistroMap()).columns;
    expect(typeform[1]).toMatchObject({ role: "ces", scale: { min: 1, max: 7 }, stageId: "book" });
    expect(await roles("qualtrics.csv")).toEqual([
      "date",
      "date",
      "ignore",
      "ignore",
      "ignore",
      "ignore",
      "ignore",
      "date",
      "ignore",
      "nps",
      "ces",
      "comment",
    ]);
  });

  it("reviews: date, stars, title, review text", async () => {
    expect(await roles("reviews.csv")).toEqual(["date", "stars", "ignore", "comment"]);
  });

  it("mixed 1-5 and 1-10 answers: read as 1-5, the reason says so", async () => {
    const table = await readTable(fixture("messy-semicolon-windows1252.csv"));
    const satisfaction = detectColumns(table).columns[1]!;
    expect(satisfaction).toMatchObject({ role: "csat", scale: { min: 1, max: 5 } });
    expect(satisfaction.reason).toMatch(/mixed scales/);
    expect(detectColumns(table).columns[2]).toMatchObject({ role: "ignore" });
  });

  it("numbers without a header hint get a low confidence", async () => {
    const table = await readTable("q1,q2\n0,1\n10,5\n7,3\n9,2\n");
    const { columns } = detectColumns(table);
    expect(columns[0]).toMatchObject({ role: "nps", confidence: 0.5 });
    expect(columns[1]).toMatchObject({ role: "csat", confidence: 0.5 });
  });

  it("the user corrects a column by header or index; a wrong one is named", async () => {
    const table = await readTable(fixture("reviews.csv"));
    const mapping = correctMapping(detectColumns(table), [
      { header: "title", role: "comment" },
      { index: 1, role: "csat", scale: { min: 1, max: 5 } },
    ]);
    expect(mapping.columns[2]).toMatchObject({ role: "comment", confidence: 1, reason: "set by the user" });
    expect(mapping.columns[1]).toMatchObject({ role: "csat" });
    expect(() => correctMapping(mapping, [{ header: "nope", role: "nps" }])).toThrow(
      'columns[0]: no column with header "nope"',
    );
    expect(() => correctMapping(mapping, [{ index: 0, role: "vibes" as "nps" }])).toThrow(
      /columns\[0\]\.role/,
    );
  });

  it("never throws on arbitrary text, and gives every column a role (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 400 }),
        fc.constantFrom(",", ";", "\t"),
        async (text, delimiter) => {
          let table: Awaited<ReturnType<typeof readTable>>;
          try {
            table = await readTable(text, { delimiter });
          } catch (error) {
            // Refusals are clear errors, never crashes of another kind.
            expect((error as Error).message).toMatch(/no rows found|no header row/);
            return;
          }
          for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
          const { columns } = detectColumns(table, bistroMap());
          expect(columns).toHaveLength(table.headers.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          const table = await readTable(bytes);
          detectColumns(table);
        } catch (error) {
          expect((error as Error).message).toMatch(/no rows found|no header row|not a readable .xlsx/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
