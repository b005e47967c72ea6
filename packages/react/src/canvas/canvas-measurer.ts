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
  const cache = new Map<string, number>();
  measurer = (text, { size, weight = 400 }) => {
    const key = `${size}|${weight}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${weight} ${size}px ${CARD_FONT}`;
      width = context.measureText(text).width * 1.04;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
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
