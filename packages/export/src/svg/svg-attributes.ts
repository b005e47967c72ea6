import { escapeXml } from "./escape-xml.js";

/** Attributes in the order they are written; an undefined value is left out. */
export type Attrs = [name: string, value: string | number | undefined][];

/** A number as SVG writes it: to a hundredth, no trailing zeros. */
export const n = (value: number): string => String(Math.round(value * 100) / 100);

/** Attributes as markup (` x="1" fill="#fff"`): numbers through `n`, text escaped. */
export function attrs(list: Attrs): string {
  let out = "";
  for (const [name, value] of list)
    if (value !== undefined) out += ` ${name}="${typeof value === "number" ? n(value) : escapeXml(value)}"`;
  return out;
}
