import type { PdfFonts } from "@journeykit/export";
import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";

let loading: Promise<PdfFonts> | undefined;

/**
 * DejaVu Sans (regular and bold, about 1.4 MB) for PDFs, fetched on the first PDF export and kept: the
 * same font the CLI embeds, so minus signs, arrows and accents are drawn instead of the `?` the
 * viewer's built-in Helvetica would show outside Latin-1.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all(
    [regularUrl, boldUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the PDF font ${url} could not be loaded (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  ).then(([regular, bold]) => ({ regular: regular!, bold: bold! }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
