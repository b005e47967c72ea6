import { measureInflatedSize } from "./inflated-size.js";
import { readZipEntrySizes, type ZipEntrySize } from "./zip-sizes.js";

const MB = 1024 * 1024;

/**
 * How much an .xlsx workbook may inflate to before `readTable` hands it to the spreadsheet reader,
 * which inflates every file of the archive into memory and has no option to stop early. A survey
 * export of 100,000 rows inflates to a few tens of MB; a 206 KB file holding one 200 MB string (a
 * "zip bomb") would otherwise take minutes and gigabytes.
 *
 * @example
 * XLSX_SIZE_LIMITS.entryBytes / 1024 / 1024; // 100 (MB)
 */
export const XLSX_SIZE_LIMITS = {
  /** The most any one file of the archive may inflate to: 100 MB. */
  entryBytes: 100 * MB,
  /** The most all files of the archive together may inflate to: 200 MB. */
  totalBytes: 200 * MB,
  /** The highest compression ratio (uncompressed / compressed) of a file larger than `ratioAboveBytes`. */
  ratio: 100,
  /** Files up to this size (1 MB) may compress better than `ratio`: small XML parts often do. */
  ratioAboveBytes: 1 * MB,
} as const;

/** The most a DEFLATE stream can inflate per compressed byte (258-byte matches in 2 bits, ~1032:1). */
const DEFLATE_MAX_RATIO = 1032;

const mb = (bytes: number) => {
  const value = bytes / MB;
  return `${value >= 10 ? value.toFixed(0) : value >= 0.1 ? value.toFixed(1) : value.toFixed(2)} MB`;
};

const ADVICE = "export fewer rows or as CSV";

/**
 * Refuse an .xlsx workbook (a ZIP archive) before it is inflated when it would inflate to more than
 * `XLSX_SIZE_LIMITS` allow: first by the sizes its central directory declares (no inflating), then,
 * when the archive is large enough to hide a bomb, by inflating each compressed file once only to
 * count its bytes, stopping as soon as one inflates past what the directory declared (a lying
 * directory). The error names the file, the entry and the sizes in MB. Also rejects a missing or
 * damaged directory ("not a readable .xlsx workbook: …").
 *
 * @example
 * await checkWorkbookSize(bytes, "survey.xlsx");
 * // throws "survey.xlsx: xl/sharedStrings.xml would inflate to 200 MB (limit 100 MB): export fewer rows or as CSV"
 */
export async function checkWorkbookSize(bytes: Uint8Array, fileName?: string): Promise<void> {
  const file = fileName ?? "the .xlsx workbook";
  const entries = readZipEntrySizes(bytes);
  let total = 0;
  for (const entry of entries) {
    const { name, compressedSize, uncompressedSize } = entry;
    if (uncompressedSize > XLSX_SIZE_LIMITS.entryBytes)
      throw new Error(
        `${file}: ${name} would inflate to ${mb(uncompressedSize)} (limit ${mb(XLSX_SIZE_LIMITS.entryBytes)}): ${ADVICE}`,
      );
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > XLSX_SIZE_LIMITS.ratioAboveBytes && ratio > XLSX_SIZE_LIMITS.ratio)
      throw new Error(
        `${file}: ${name} would inflate to ${mb(uncompressedSize)} from ${mb(compressedSize)} (${ratio.toFixed(0)}:1, limit ${XLSX_SIZE_LIMITS.ratio}:1 above ${mb(XLSX_SIZE_LIMITS.ratioAboveBytes)}): ${ADVICE}`,
      );
    total += uncompressedSize;
  }
  if (total > XLSX_SIZE_LIMITS.totalBytes)
    throw new Error(
      `${file}: its ${entries.length} files would inflate to ${mb(total)} together (limit ${mb(XLSX_SIZE_LIMITS.totalBytes)}): ${ADVICE}`,
    );
  const deflated = entries.filter((entry) => entry.method === 8);
  const worstCase = deflated.reduce((sum, entry) => sum + entry.compressedSize * DEFLATE_MAX_RATIO, 0);
  // Too small to exceed any limit whatever the directory says: nothing to verify.
  if (worstCase <= XLSX_SIZE_LIMITS.entryBytes) return;
  for (const entry of deflated) await checkDeclaredSize(bytes, entry, file);
}

/** Inflate one entry only to count it; refuse it when it inflates past the size its directory declares. */
async function checkDeclaredSize(bytes: Uint8Array, entry: ZipEntrySize, file: string): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50)
    throw new Error(`not a readable .xlsx workbook: the ZIP entry ${entry.name} is missing`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new Error(`not a readable .xlsx workbook: the ZIP entry ${entry.name} is cut short`);
  let measured: { bytes: number; overCap: boolean };
  try {
    measured = await measureInflatedSize(
      bytes.subarray(start, start + entry.compressedSize),
      entry.uncompressedSize,
    );
  } catch (error) {
    throw new Error(
      `not a readable .xlsx workbook: the ZIP entry ${entry.name} is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (measured.overCap)
    throw new Error(
      `${file}: ${entry.name} inflates past the ${mb(entry.uncompressedSize)} its ZIP directory declares (a damaged file, or one built to exhaust memory): ${ADVICE}`,
    );
}
