// ZIP archives built byte by byte for the .xlsx size-limit tests and bench: a zip-bomb workbook whose
// shared string inflates to hundreds of MB from a few hundred KB, and directories that lie or use ZIP64.

import { constants, deflateRawSync } from "node:zlib";

/** One file of a crafted archive: its data as stored (already deflated for method 8). */
export interface CraftedEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the directory declares (may lie). */
  declaredSize: number;
}

/** Deflate pieces independently (each flushed, only the last final) and join them into one stream. */
export function deflatePieces(
  pieces: readonly (Uint8Array | { repeat: Uint8Array; times: number })[],
): Uint8Array {
  const out: Uint8Array[] = [];
  for (const piece of pieces) {
    if (piece instanceof Uint8Array) out.push(deflateRawSync(piece, { finishFlush: constants.Z_FULL_FLUSH }));
    else {
      const block = deflateRawSync(piece.repeat, { finishFlush: constants.Z_FULL_FLUSH });
      for (let i = 0; i < piece.times; i++) out.push(block);
    }
  }
  out.push(deflateRawSync(new Uint8Array(0)));
  return Uint8Array.from(Buffer.concat(out));
}

/** A deflated entry from plain text. */
export function deflatedEntry(name: string, text: string): CraftedEntry {
  const bytes = new TextEncoder().encode(text);
  return { name, data: Uint8Array.from(deflateRawSync(bytes)), method: 8, declaredSize: bytes.length };
}

/**
 * A ZIP archive of the entries (CRCs left 0: the size checks never read them). `zip64` writes the
 * sizes as ZIP64 extra fields and a ZIP64 end record; `comment` adds an archive comment.
 */
export function craftZip(
  entries: readonly CraftedEntry[],
  options: { zip64?: boolean; comment?: string } = {},
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const entry of entries) {
    const name = enc.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, Math.min(entry.declaredSize, 0xffffffff), true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);
    const extra = new DataView(new ArrayBuffer(options.zip64 ? 28 : 0));
    if (options.zip64) {
      extra.setUint16(0, 0x0001, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(entry.declaredSize), true);
      extra.setBigUint64(12, BigInt(entry.data.length), true);
      extra.setBigUint64(20, BigInt(offset), true);
    }
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 45, true);
    record.setUint16(6, 45, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(20, options.zip64 ? 0xffffffff : entry.data.length, true);
    record.setUint32(24, options.zip64 ? 0xffffffff : entry.declaredSize, true);
    record.setUint16(28, name.length, true);
    record.setUint16(30, extra.byteLength, true);
    record.setUint32(42, options.zip64 ? 0xffffffff : offset, true);
    central.push(new Uint8Array(record.buffer), name, new Uint8Array(extra.buffer));
    offset += 30 + name.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const tail: Uint8Array[] = [];
  if (options.zip64) {
    const end64 = new DataView(new ArrayBuffer(56 + 20));
    end64.setUint32(0, 0x06064b50, true);
    end64.setBigUint64(4, 44n, true);
    end64.setBigUint64(24, BigInt(entries.length), true);
    end64.setBigUint64(32, BigInt(entries.length), true);
    end64.setBigUint64(40, BigInt(directorySize), true);
    end64.setBigUint64(48, BigInt(offset), true);
    end64.setUint32(56, 0x07064b50, true);
    end64.setBigUint64(64, BigInt(offset + directorySize), true);
    end64.setUint32(72, 1, true);
    tail.push(new Uint8Array(end64.buffer));
  }
  const comment = enc.encode(options.comment ?? "");
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, options.zip64 ? 0xffff : entries.length, true);
  end.setUint16(10, options.zip64 ? 0xffff : entries.length, true);
  end.setUint32(12, options.zip64 ? 0xffffffff : directorySize, true);
  end.setUint32(16, options.zip64 ? 0xffffffff : offset, true);
  end.setUint16(20, comment.length, true);
  tail.push(new Uint8Array(end.buffer), comment);
  return Uint8Array.from(Buffer.concat([...parts, ...central, ...tail]));
}

const WORKBOOK_PARTS = [
  [
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  ],
  [
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    "xl/worksheets/sheet1.xml",
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
  ],
] as const;

/**
 * A zip-bomb .xlsx: a workbook whose one shared string is `megabytes` MB of "a" (issue 21: 206 KB
 * holding 200 MB). `declaredSize` makes the directory lie about the shared strings' size.
 */
export function zipBombWorkbook(megabytes: number, options: { declaredSize?: number } = {}): Uint8Array {
  const enc = new TextEncoder();
  const prefix = enc.encode(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
  );
  const suffix = enc.encode("</t></si></sst>");
  const mb = new Uint8Array(1024 * 1024).fill(0x61);
  const strings = deflatePieces([prefix, { repeat: mb, times: megabytes }, suffix]);
  const size = prefix.length + megabytes * mb.length + suffix.length;
  return craftZip([
    ...WORKBOOK_PARTS.map(([name, text]) => deflatedEntry(name, text)),
    { name: "xl/sharedStrings.xml", data: strings, method: 8, declaredSize: options.declaredSize ?? size },
  ]);
}
