import type { Rect } from "@journeykit/core";

/** The smallest on-screen size, in CSS px, that card text may shrink to when the map is fitted. */
export const READABLE_TEXT_PX = 11;
/** Card text size of the canvas's layout (layoutJourneyMap's default), in flow px. */
export const CARD_FONT_SIZE = 13;
/**
 * Below this on-screen card text size, in CSS px, the canvas draws its overview (lane blocks with
 * counts, stage and lane names at a readable size) instead of text nobody can read.
 */
export const OVERVIEW_TEXT_PX = 7;
/** The canvas's smallest zoom (React Flow's `minZoom`). */
export const MIN_ZOOM = 0.1;

/**
 * Whether the canvas shows its overview at `zoom`: card text would be under `OVERVIEW_TEXT_PX`.
 *
 * @example
 * isOverviewZoom(0.4); // true: 13 px cards at 5.2 px
 */
export function isOverviewZoom(zoom: number): boolean {
  return zoom * CARD_FONT_SIZE < OVERVIEW_TEXT_PX;
}

/**
 * The viewport that shows the whole map, centred, in a canvas of `size`: every stage and lane, at
 * whatever zoom that takes (never above 100%, never below `MIN_ZOOM`). Below a readable size the
 * canvas switches to its overview (`isOverviewZoom`).
 *
 * @example
 * wholeViewport({ x: 0, y: 0, width: 4000, height: 900 }, { width: 1200, height: 800 }); // zoom 0.29
 */
export function wholeViewport(bounds: Rect, size: { width: number; height: number }): FitViewport {
  const roomX = Math.max(1, size.width - 2 * MARGIN);
  const roomY = Math.max(1, size.height - 2 * MARGIN);
  const zoom = Math.max(
    MIN_ZOOM,
    Math.min(1, roomX / Math.max(1, bounds.width), roomY / Math.max(1, bounds.height)),
  );
  return {
    zoom,
    x: (size.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (size.height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}
/** Space kept between the fitted map and the canvas's edges, in screen px. */
const MARGIN = 24;

/** A React Flow viewport: translate by (x, y), then scale by zoom. */
export interface FitViewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport that shows a map's `bounds` in a canvas of `size`: the whole map, centred, when its
 * card text stays at least `READABLE_TEXT_PX` on screen (and never above 100%); otherwise the zoom
 * that keeps the text readable and the map's top-left corner in view (the first stages; a person pans
 * to the rest), as tall as fits.
 *
 * @example
 * readableViewport({ x: 0, y: 0, width: 4000, height: 900 }, { width: 1200, height: 800 }, 13);
 * // { zoom: 0.85, x: 24, y: ... }: the first stages at 11 px card text
 */
export function readableViewport(
  bounds: Rect,
  size: { width: number; height: number },
  cardFontSize: number,
): FitViewport {
  const minZoom = Math.min(1, READABLE_TEXT_PX / cardFontSize);
  const roomX = Math.max(1, size.width - 2 * MARGIN);
  const roomY = Math.max(1, size.height - 2 * MARGIN);
  const whole = Math.min(1, roomX / bounds.width, roomY / bounds.height);
  if (whole >= minZoom) {
    return {
      zoom: whole,
      x: (size.width - bounds.width * whole) / 2 - bounds.x * whole,
      y: (size.height - bounds.height * whole) / 2 - bounds.y * whole,
    };
  }
  const zoom = Math.max(minZoom, Math.min(1, roomY / bounds.height));
  const fitsX = bounds.width * zoom <= roomX;
  const fitsY = bounds.height * zoom <= roomY;
  return {
    zoom,
    x: fitsX ? (size.width - bounds.width * zoom) / 2 - bounds.x * zoom : MARGIN - bounds.x * zoom,
    y: fitsY ? (size.height - bounds.height * zoom) / 2 - bounds.y * zoom : MARGIN - bounds.y * zoom,
  };
}

/**
 * Whether a box pinned to the canvas's bottom-right corner (the minimap: `box` size, `inset` from the
 * edges) stays clear of the map's `bounds` drawn at `viewport`.
 *
 * @example
 * clearOfMap(viewport, bounds, { width: 1100, height: 750 }, { width: 200, height: 150 }); // false: it would cover cards
 */
export function clearOfMap(
  viewport: FitViewport,
  bounds: Rect,
  size: { width: number; height: number },
  box: { width: number; height: number },
  inset = 15,
): boolean {
  const left = viewport.x + bounds.x * viewport.zoom;
  const top = viewport.y + bounds.y * viewport.zoom;
  const right = left + bounds.width * viewport.zoom;
  const bottom = top + bounds.height * viewport.zoom;
  const boxLeft = size.width - inset - box.width;
  const boxTop = size.height - inset - box.height;
  return right <= boxLeft || bottom <= boxTop;
}
