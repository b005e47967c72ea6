import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The family name of the bundled font (DejaVu Sans: Latin, Greek, Cyrillic, common accents and symbols). */
export const FONT_FAMILY = "DejaVu Sans";

/** The bundled font files, as bytes: regular, bold and oblique DejaVu Sans. */
export interface FontBytes {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

let loaded: FontBytes | undefined;

/**
 * The bundled DejaVu Sans files, read once per process and kept as buffers: headless PNG registers
 * them with Skia once, `toPdf` embeds them. (Passing font file paths to a renderer per image made
 * it reopen the files for every run of text.)
 */
export function bundledFonts(): FontBytes {
  loaded ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
    italic: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf")),
  };
  return loaded;
}
