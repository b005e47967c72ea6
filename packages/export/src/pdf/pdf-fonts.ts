/** TrueType fonts a PDF embeds (bytes of .ttf files); regular is required, bold and italic fall back to it. */
export interface PdfFonts {
  regular: Uint8Array | ArrayBuffer;
  bold?: Uint8Array | ArrayBuffer;
  italic?: Uint8Array | ArrayBuffer;
}

/** The family name the embedded fonts are registered under in the PDF. */
export const PDF_FONT_FAMILY = "JourneykitSans";

/** Base64 of bytes, in chunks (a 700 KB font would overflow `String.fromCharCode(...all)`). */
export function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** True when the bytes start like a TrueType/OpenType font with TrueType outlines. */
export function isTrueType(bytes: Uint8Array | ArrayBuffer): boolean {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const tag = view.length >= 4 ? (view[0]! << 24) | (view[1]! << 16) | (view[2]! << 8) | view[3]! : 0;
  return tag === 0x00010000 || tag === 0x74727565; // 1.0 or "true"
}

/**
 * Text the standard Helvetica of a PDF viewer can show (WinAnsi: Latin-1 and a few more), used only
 * when no font is embedded: the minus sign becomes "-", the narrow and thin spaces French numbers
 * and punctuation take ("1 412", "étape 1 :") a no-break space, trend arrows are left out, other
 * characters become "?" rather than garbage.
 */
export function toWinAnsi(text: string): string {
  // The true minus of every label reads as a hyphen; trend arrows go (the signed change stays).
  return text
    .replaceAll("\u2212", "-")
    .replace(/[\u2009\u202f]/gu, "\u00a0")
    .replace(/[\u25b2\u25bc\u2192] /gu, "")
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/gu, "?");
}
