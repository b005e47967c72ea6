import { approximateTextWidth, type TextMeasurer } from "@journeykit/core";

/** The font cards are drawn in; `canvas.css` uses the same. */
export const CARD_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

let measurer: TextMeasurer | undefined;

/**
 * Text widths from a canvas in the browser (so the layout wraps like the DOM does), or the core
 * approximation where there is no canvas (SSR, jsdom).
 */
export function browserTextMeasurer(): TextMeasurer {
  if (measurer) return measurer;
  const context = typeof document === "undefined" ? null : safeContext();
  if (!context) return approximateTextWidth;
  // One cache per font, keyed by the text itself: no key string built per word on each layout.
  const caches = new Map<number, Map<string, number>>();
  let entries = 0;
  measurer = (text, { size, weight = 400 }) => {
    const fontKey = size * 1000 + weight;
    let cache = caches.get(fontKey);
    if (!cache) {
      cache = new Map();
      caches.set(fontKey, cache);
    }
    let width = cache.get(text);
    if (width === undefined) {
      context.font = `${weight} ${size}px ${CARD_FONT}`;
      width = context.measureText(text).width * 1.04;
      if (++entries > 20_000) {
        for (const c of caches.values()) c.clear();
        entries = 1;
      }
      cache.set(text, width);
    }
    return width;
  };
  return measurer;
}

function safeContext(): CanvasRenderingContext2D | null {
  try {
    if (typeof navigator !== "undefined" && /jsdom/i.test(navigator.userAgent)) return null;
    return document.createElement("canvas").getContext("2d");
  } catch {
    return null;
  }
}
