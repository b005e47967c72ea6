/** "#rgb", "#rrggbb" or "#rrggbbaa" as red, green, blue (0–255) and alpha (0–1); undefined otherwise. */
function parse(colour: string): [number, number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (i: number) => Number.parseInt(full.slice(2 * i, 2 * i + 2), 16);
  return [channel(0), channel(1), channel(2), full.length === 8 ? channel(3) / 255 : 1];
}

/**
 * A colour with transparency as it looks over `under`, as an opaque "#rrggbb": PowerPoint and PDF
 * outlines draw it the same as the SVG does (a card's faint border over the card's own fill). A
 * colour it cannot read is returned as it is.
 *
 * @example
 * colourOver("#00000014", "#fff4b8"); // "#ebe1aa"
 */
export function colourOver(colour: string, under: string): string {
  const top = parse(colour);
  const base = parse(under);
  if (!top || !base || top[3] === 1) return colour;
  const mix = (i: number) =>
    Math.round(top[i]! * top[3] + base[i]! * (1 - top[3]))
      .toString(16)
      .padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}
