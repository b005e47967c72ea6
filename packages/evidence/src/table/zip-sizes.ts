/** One file of a ZIP archive as its central directory declares it. */
export interface ZipEntrySize {
  /** The entry's path inside the archive (`xl/sharedStrings.xml`). */
  name: string;
  /** The compression method: 0 stored, 8 deflated (others are refused by the .xlsx reader). */
  method: number;
  /** Bytes the entry takes in the archive. */
  compressedSize: number;
  /** Bytes the entry declares it inflates to. */
  uncompressedSize: number;
  /** Where the entry's local file header starts. */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_LENGTH = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_LENGTH = 46;
const ZIP64_EXTRA_ID = 0x0001;
/** The longest archive comment (a 16-bit length) that can follow the end-of-central-directory record. */
const MAX_COMMENT = 0xffff;

/** The error every unreadable directory raises: the .xlsx reader's wording, then what is wrong. */
const corrupt = (why: string) => new Error(`not a readable .xlsx workbook: ${why}`);

/**
 * The sizes a ZIP archive (an .xlsx workbook) declares for its files, read from its central directory
 * without inflating anything: the end-of-central-directory record (ZIP64 too), then one record per
 * file (ZIP64 extra fields too). Throws "not a readable .xlsx workbook: …" when the directory is
 * missing, cut short or points outside the file.
 *
 * @example
 * const entries = readZipEntrySizes(bytes);
 * entries.find((e) => e.name === "xl/sharedStrings.xml")?.uncompressedSize; // 209715200
 */
export function readZipEntrySizes(bytes: Uint8Array): ZipEntrySize[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt("no ZIP central directory found (the file is cut short or not an .xlsx)");
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    count = zip64.count;
    size = zip64.size;
    offset = zip64.offset;
  }
  if (offset + size > bytes.length)
    throw corrupt("the ZIP central directory points past the end of the file");
  const entries: ZipEntrySize[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_LENGTH > bytes.length || view.getUint32(at, true) !== ENTRY_SIGNATURE)
      throw corrupt(`ZIP central directory record ${i + 1} of ${count} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + ENTRY_LENGTH + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw corrupt(`ZIP central directory record ${i + 1} of ${count} is cut short`);
    const nameBytes = bytes.subarray(at + ENTRY_LENGTH, at + ENTRY_LENGTH + nameLength);
    const entry: ZipEntrySize = {
      name: new TextDecoder().decode(nameBytes),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + ENTRY_LENGTH + nameLength, extraLength, entry);
    entries.push(entry);
    at = end;
  }
  return entries;
}

/** The offset of the end-of-central-directory record, searched backwards past any archive comment; -1 when absent. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // A real record's comment ends exactly at the end of the file.
    if (at + EOCD_LENGTH + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

/** A 64-bit field as a number (sizes past 2^53 bytes are no file anyone reads: they stay huge). */
const uint64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

function readZip64End(view: DataView, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - ZIP64_LOCATOR_LENGTH;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE)
    throw corrupt("the ZIP64 end-of-central-directory locator is missing");
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE)
    throw corrupt("the ZIP64 end-of-central-directory record is damaged");
  return {
    count: uint64(view, record + 32),
    size: uint64(view, record + 40),
    offset: uint64(view, record + 48),
  };
}

/** Replace the 32-bit fields saturated at 0xFFFFFFFF by the 64-bit values of the ZIP64 extra field. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntrySize): void {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      // Only the saturated fields are present, in this order.
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw corrupt(`the ZIP64 sizes of ${entry.name} are cut short`);
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}
