import { describe, expect, it } from "vitest";
import { craftZip, deflatedEntry, zipBombWorkbook } from "../../test/crafted-zip.js";
import { readZipEntrySizes } from "./zip-sizes.js";

describe("readZipEntrySizes: what a ZIP's central directory declares, nothing inflated", () => {
  it("reads every entry of a workbook the xlsx library wrote", async () => {
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Comment"], ["Great"]]), "Responses");
    const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const entries = readZipEntrySizes(bytes);
    expect(entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    for (const entry of entries) {
      expect(entry.uncompressedSize).toBeGreaterThan(0);
      expect(entry.localHeaderOffset).toBeLessThan(bytes.length);
    }
  });

  it("declares the zip bomb's 200 MB shared strings from 0.2 MB of file", () => {
    const bytes = zipBombWorkbook(200);
    expect(bytes.length).toBeLessThan(250_000);
    const strings = readZipEntrySizes(bytes).find((e) => e.name === "xl/sharedStrings.xml");
    expect(strings?.uncompressedSize).toBeGreaterThan(200 * 1024 * 1024);
    expect(strings?.method).toBe(8);
  });

  it("reads ZIP64 sizes past 4 GB from the ZIP64 end record and extra fields", () => {
    const entry = { ...deflatedEntry("xl/sharedStrings.xml", "<sst/>"), declaredSize: 5 * 1024 ** 3 };
    const [read] = readZipEntrySizes(craftZip([entry], { zip64: true }));
    expect(read).toEqual({
      name: "xl/sharedStrings.xml",
      method: 8,
      compressedSize: entry.data.length,
      uncompressedSize: 5 * 1024 ** 3,
      localHeaderOffset: 0,
    });
  });

  it("finds the directory behind an archive comment", () => {
    const bytes = craftZip([deflatedEntry("a.xml", "<a/>")], { comment: "written by PK\x05\x06 tools" });
    expect(readZipEntrySizes(bytes).map((e) => e.name)).toEqual(["a.xml"]);
  });

  it("should refuse a file cut short before its directory", () => {
    const bytes = craftZip([deflatedEntry("a.xml", "<a/>")]);
    expect(() => readZipEntrySizes(bytes.subarray(0, bytes.length - 30))).toThrow(
      "not a readable .xlsx workbook: no ZIP central directory found",
    );
    expect(() => readZipEntrySizes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(
      /no ZIP central directory/,
    );
  });

  it("should refuse a directory pointing past the end of the file", () => {
    const bytes = craftZip([deflatedEntry("a.xml", "<a/>")]);
    new DataView(bytes.buffer).setUint32(bytes.length - 6, bytes.length, true);
    expect(() => readZipEntrySizes(bytes)).toThrow(/points past the end of the file/);
  });

  it("should refuse a damaged directory record", () => {
    const bytes = craftZip([deflatedEntry("a.xml", "<a/>"), deflatedEntry("b.xml", "<b/>")]);
    const view = new DataView(bytes.buffer);
    const start = view.getUint32(bytes.length - 6, true);
    view.setUint32(start, 0, true);
    expect(() => readZipEntrySizes(bytes)).toThrow("ZIP central directory record 1 of 2 is damaged");
  });

  it("should refuse a ZIP64 end record without its locator", () => {
    const bytes = craftZip([deflatedEntry("a.xml", "<a/>")], { zip64: true });
    new DataView(bytes.buffer).setUint32(bytes.length - 42, 0, true);
    expect(() => readZipEntrySizes(bytes)).toThrow(/ZIP64 end-of-central-directory locator is missing/);
  });
});
