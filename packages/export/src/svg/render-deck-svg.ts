import type { Slide, SlideDeck } from "../slides/slide-model.js";
import { escapeXml } from "./escape-xml.js";
import { itemsSvg } from "./item-svg.js";
import { n } from "./svg-attributes.js";

/**
 * One slide of a deck (`buildSlides`) as a standalone SVG, `scale` pixels per point: only what that
 * slide shows, so a slide of a 1,000-card map is as cheap to rasterize as one of a small map. Text
 * is escaped; no script or external reference.
 *
 * @example
 * const deck = buildSlides(map); renderDeckSlideSvg(deck, deck.slides[0]!, { scale: 2 }); // 1920 × 1080
 */
export function renderDeckSlideSvg(
  deck: SlideDeck,
  slide: Slide,
  options: { scale?: number; fontFamily: string },
): string {
  const scale = options.scale ?? 1;
  const w = Math.round(deck.width * scale);
  const h = Math.round(deck.height * scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(deck.width)} ${n(deck.height)}" font-family="${escapeXml(options.fontFamily)}">` +
    `<title>${escapeXml(slide.title)}</title><rect width="100%" height="100%" fill="${escapeXml(deck.theme.background)}"/>` +
    itemsSvg(slide.items, deck.theme) +
    "</svg>"
  );
}
