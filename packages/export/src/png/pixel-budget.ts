/**
 * The pixel budget of every PNG journeykit writes, in the browser (`exportPng`) and headless
 * (`renderPng` in `@journeykit/cli`): at most 16,384 px per side and 268,435,456 px in all (1 GiB
 * of RGBA). These are Chromium's canvas limits (Firefox and Safari are lower or equal), so a PNG
 * made in Node also opens and redraws in a browser; headless, they bound memory before resvg
 * allocates anything.
 */
export const PNG_PIXEL_BUDGET = { maxSide: 16_384, maxArea: 268_435_456 } as const;

/** The same budget under its earlier name: the browser's canvas limits. */
export const CANVAS_LIMITS = PNG_PIXEL_BUDGET;

/** The PNG size, in pixels, of a `width` × `height` drawing at a pixel ratio (rounded up: never under the real size). */
export function pngPixelSize(
  width: number,
  height: number,
  ratio: number,
): { width: number; height: number } {
  return { width: Math.ceil(width * ratio), height: Math.ceil(height * ratio) };
}

/** Whether a `width` × `height` PNG fits the pixel budget. */
export function fitsPixelBudget(width: number, height: number): boolean {
  return Math.max(width, height) <= PNG_PIXEL_BUDGET.maxSide && width * height <= PNG_PIXEL_BUDGET.maxArea;
}

/**
 * The largest pixel ratio (a multiple of 0.01, rounded down) at which a `width` × `height`
 * drawing fits the pixel budget; 0 when even 0.01 does not.
 *
 * @example
 * maxPixelRatioFor(8416 / 8, 252528 / 8); // 0.51: a 1052 × 31566 map fits at about half size
 */
export function maxPixelRatioFor(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 0;
  const bySide = PNG_PIXEL_BUDGET.maxSide / Math.max(width, height);
  const byArea = Math.sqrt(PNG_PIXEL_BUDGET.maxArea / (width * height));
  let hundredths = Math.floor(Math.min(bySide, byArea) * 100);
  // Rounding the size up can cross the budget right at the edge: step down until it fits.
  while (hundredths > 0) {
    const size = pngPixelSize(width, height, hundredths / 100);
    if (fitsPixelBudget(size.width, size.height)) break;
    hundredths--;
  }
  return hundredths / 100;
}

/**
 * Thrown before anything is drawn when a PNG would exceed the pixel budget (instead of a blank or
 * cut image in the browser, or gigabytes of memory headless); names the largest ratio that fits.
 */
export class PngSizeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    /** The largest pixel ratio (scale) that fits (0 when even 0.01 does not). */
    readonly maxPixelRatio: number,
    /** Who draws: the wording names "pixel ratio" in the browser, "scale" headless. */
    readonly where: "browser" | "headless" = "browser",
  ) {
    const limits = `${PNG_PIXEL_BUDGET.maxSide.toLocaleString("en")} px per side, ${PNG_PIXEL_BUDGET.maxArea.toLocaleString("en")} px in all`;
    const fits =
      maxPixelRatio >= 0.01
        ? where === "browser"
          ? `The largest size that works is pixel ratio ${maxPixelRatio}.`
          : `The largest scale that fits is ${maxPixelRatio}.`
        : "Export SVG or split the map instead.";
    super(
      where === "browser"
        ? `The PNG would be ${width} × ${height} px, more than this browser can draw (${limits}). ${fits}`
        : `The PNG would be ${width} × ${height} px, over the PNG pixel budget (${limits}). ${fits}`,
    );
    this.name = "PngSizeError";
  }
}

/**
 * Refuse a PNG of a `width` × `height` drawing at `ratio` that would exceed the pixel budget: throws
 * a `PngSizeError` naming the largest ratio that fits. The one check `exportPng` and `renderPng` make.
 *
 * @example
 * assertPngFits(1052, 31566, 8, "headless"); // throws: "… The largest scale that fits is 0.51."
 */
export function assertPngFits(
  width: number,
  height: number,
  ratio: number,
  where: "browser" | "headless" = "browser",
): void {
  const size = pngPixelSize(width, height, ratio);
  if (!fitsPixelBudget(size.width, size.height))
    throw new PngSizeError(size.width, size.height, maxPixelRatioFor(width, height), where);
}
