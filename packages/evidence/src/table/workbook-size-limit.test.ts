import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { craftZip, deflatedEntry, zipBombWorkbook } from "../../test/crafted-zip.js";
import { checkWorkbookSize, XLSX_SIZE_LIMITS } from "./workbook-size-limit.js";

const MB = 1024 * 1024;

describe("checkWorkbookSize: an .xlsx refused by what it would inflate to, before inflating it", () => {
  it("should refuse the zip bomb of issue 21 (0.2 MB holding one 200 MB string) by its declared size", async () => {
    await expect(checkWorkbookSize(zipBombWorkbook(200), "survey.xlsx")).rejects.toThrow(
      "survey.xlsx: xl/sharedStrings.xml would inflate to 200 MB (limit 100 MB): export fewer rows or as CSV",
    );
  });

  it("should refuse an entry under the size limit that compresses past 100:1", async () => {
    await expect(checkWorkbookSize(zipBombWorkbook(50), "survey.xlsx")).rejects.toThrow(
      /^survey\.xlsx: xl\/sharedStrings\.xml would inflate to 50 MB from 0\.05 MB \(10\d\d:1, limit 100:1 above 1\.0 MB\): export fewer rows or as CSV$/,
    );
  });

  it("should refuse files that together inflate past 200 MB", async () => {
    // Three entries declaring 80 MB each from 0.85 MB (94:1): each within the limits, 240 MB together.
    const entry = (name: string) => ({
      name,
      data: new Uint8Array(0.85 * MB),
      method: 8 as const,
      declaredSize: 80 * MB,
    });
    const bytes = craftZip([
      entry("xl/worksheets/sheet1.xml"),
      entry("xl/worksheets/sheet2.xml"),
      entry("xl/sharedStrings.xml"),
    ]);
    await expect(checkWorkbookSize(bytes)).rejects.toThrow(
      "the .xlsx workbook: its 3 files would inflate to 240 MB together (limit 200 MB): export fewer rows or as CSV",
    );
  });

  it("should refuse a directory that lies about an entry's size", async () => {
    // 15 MB from 0.2 MB passes the ratio limit; the stream holds 200 MB.
    const lying = zipBombWorkbook(200, { declaredSize: 15 * MB });
    await expect(checkWorkbookSize(lying, "survey.xlsx")).rejects.toThrow(
      "survey.xlsx: xl/sharedStrings.xml inflates past the 15 MB its ZIP directory declares (a damaged file, or one built to exhaust memory): export fewer rows or as CSV",
    );
  });

  it("should refuse an entry whose data is damaged", async () => {
    // Large enough (0.2 MB compressed) to hide a bomb, so it is inflated once to be counted.
    const noise = Uint8Array.from(randomBytes(200_000));
    const data = Uint8Array.from(deflateRawSync(noise)).subarray(0, 150_000);
    const bytes = craftZip([{ name: "xl/sharedStrings.xml", data, method: 8, declaredSize: 200_000 }]);
    await expect(checkWorkbookSize(bytes)).rejects.toThrow(
      /^not a readable \.xlsx workbook: the ZIP entry xl\/sharedStrings\.xml is damaged/,
    );
  });

  it("accepts a workbook within the limits, small or large", async () => {
    await expect(checkWorkbookSize(zipBombWorkbook(0), "survey.xlsx")).resolves.toBeUndefined();
    const XLSX = await import("@e965/xlsx");
    const rows = Array.from({ length: 20_000 }, (_, i) => [i, `Comment number ${i} about the bill`, i % 11]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Responses");
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    await expect(checkWorkbookSize(bytes, "survey.xlsx")).resolves.toBeUndefined();
    expect(XLSX_SIZE_LIMITS.totalBytes).toBe(200 * MB);
  });

  it("names no file when none is given", async () => {
    await expect(checkWorkbookSize(craftZip([deflatedEntry("a.xml", "<a/>")]))).resolves.toBeUndefined();
    await expect(checkWorkbookSize(zipBombWorkbook(200))).rejects.toThrow(
      /^the \.xlsx workbook: xl\/sharedStrings/,
    );
  });
});
