import { describe, expect, it } from "vitest";
import { fixture } from "../../test/bistro-map.js";
import { zipBombWorkbook } from "../../test/crafted-zip.js";
import { readTable } from "./read-table.js";

describe("readTable: the header shapes of real exports", () => {
  it("Google Forms: Timestamp first, one header row, blank rows skipped", async () => {
    const table = await readTable(fixture("google-forms.csv"));
    expect(table).toMatchObject({
      shape: "google-forms",
      headerRows: 1,
      format: "csv",
      delimiter: ",",
      encoding: "utf-8",
    });
    expect(table.headers[0]).toBe("Timestamp");
    expect(table.rows).toHaveLength(12);
    expect(table.warnings).toEqual([]);
  });

  it("Typeform: Submit Date (UTC) and Network ID columns", async () => {
    const table = await readTable(fixture("typeform.csv"));
    expect(table.shape).toBe("typeform");
    expect(table.rows).toHaveLength(6);
  });

  it("SurveyMonkey: two header rows joined into one", async () => {
    const table = await readTable(fixture("surveymonkey.csv"));
    expect(table).toMatchObject({ shape: "surveymonkey", headerRows: 2 });
    expect(table.headers[6]).toBe("How likely is it that you would recommend us to a friend?");
    expect(table.rows).toHaveLength(14);
    expect(table.rows[0]?.[6]).toBe("10");
  });

  it("SurveyMonkey: a question spanning several option columns names each option", async () => {
    const text =
      "Respondent ID,Which did you use?,,Comments\n,Booking app,Phone,Open-Ended Response\n1,Booking app,,fine\n";
    const table = await readTable(text);
    expect(table.headers).toEqual([
      "Respondent ID",
      "Which did you use? — Booking app",
      "Which did you use? — Phone",
      "Comments",
    ]);
  });

  it("Qualtrics: three header rows, question text as headers", async () => {
    const table = await readTable(fixture("qualtrics.csv"));
    expect(table).toMatchObject({ shape: "qualtrics", headerRows: 3 });
    expect(table.headers[9]).toBe("How likely are you to recommend Bistro Nova to a friend or colleague?");
    expect(table.rows).toHaveLength(6);
  });

  it("reviews: rating + text columns", async () => {
    expect((await readTable(fixture("reviews.csv"))).shape).toBe("reviews");
  });

  it("a European Excel CSV: semicolons, Windows-1252, blank rows", async () => {
    const table = await readTable(fixture("messy-semicolon-windows1252.csv"));
    expect(table).toMatchObject({ delimiter: ";", encoding: "windows-1252" });
    expect(table.rows).toHaveLength(9);
    expect(table.rows.find((r) => r[4]?.startsWith("Hervorragend"))?.[4]).toBe("Hervorragend! Grüße");
    expect(table.warnings).toEqual(["1 blank row skipped"]);
  });

  it("Excel's Unicode text: UTF-16 LE with BOM, tab-separated", async () => {
    const table = await readTable(fixture("excel-unicode-utf16le.txt"));
    expect(table).toMatchObject({ delimiter: "\t", encoding: "utf-16le" });
    expect(table.headers).toEqual(["Datum", "Zufriedenheit", "Wartezeit (Minuten)", "Phase", "Kommentar"]);
    expect(table.rows).toHaveLength(9);
  });

  it("UTF-16 LE without a BOM, and an ArrayBuffer input", async () => {
    const bytes = Uint8Array.from(Buffer.from("rating,review\n5,Lovely ☕\n", "utf16le"));
    const table = await readTable(bytes.buffer);
    expect(table.encoding).toBe("utf-16le");
    expect(table.rows).toEqual([["5", "Lovely ☕"]]);
  });

  it("Excel's sep=; line names the delimiter", async () => {
    const table = await readTable("sep=;\nstage;score\nPay;4,5\n");
    expect(table.headers).toEqual(["stage", "score"]);
    expect(table.rows).toEqual([["Pay", "4,5"]]);
  });

  it("pads short rows and says so", async () => {
    const table = await readTable("a,b,c\n1,2\n");
    expect(table.rows).toEqual([["1", "2", ""]]);
    expect(table.warnings).toEqual(["1 row shorter than the header, padded with blanks"]);
  });

  it("reports progress chunk by chunk", async () => {
    const text = `score,comment\n${Array.from({ length: 3000 }, (_, i) => `${i % 11},comment number ${i}`).join("\n")}\n`;
    const seen: number[] = [];
    const table = await readTable(text, { chunkSize: 10_000, onProgress: (p) => seen.push(p.fraction) });
    expect(table.rows).toHaveLength(3000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("reads the first sheet of an .xlsx workbook, dates as ISO", async () => {
    const XLSX = await import("@e965/xlsx");
    const sheet = XLSX.utils.aoa_to_sheet([
      ["Submitted", "How likely are you to recommend us?", "Comment"],
      [new Date(Date.UTC(2026, 2, 1, 12)), 9, "Great"],
      [new Date(Date.UTC(2026, 2, 2, 12)), 4, "Slow bill"],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Responses");
    const bytes = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
    const table = await readTable(bytes, { fileName: "survey.xlsx" });
    expect(table).toMatchObject({ format: "xlsx", shape: "generic" });
    expect(table.rows[0]?.[0]).toMatch(/^2026-03-01T/);
    expect(table.rows.map((r) => r[1])).toEqual(["9", "4"]);
  });

  it("should refuse a zip-bomb .xlsx (0.2 MB holding one 200 MB string) before inflating it", async () => {
    await expect(readTable(zipBombWorkbook(200), { fileName: "survey.xlsx" })).rejects.toThrow(
      "survey.xlsx: xl/sharedStrings.xml would inflate to 200 MB (limit 100 MB): export fewer rows or as CSV",
    );
  });

  it("refuses an empty file and a broken workbook with a clear message", async () => {
    await expect(readTable("\n\n")).rejects.toThrow("no rows found");
    await expect(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(
      /not a readable .xlsx workbook/,
    );
  });
});
