import type { ExportText } from "../i18n/export-text.js";
import type { SlideParagraph } from "./slide-model.js";
import { LINE, TYPE, wrap } from "./slide-text.js";

/**
 * A heading and bulleted items wrapped to `width`, as many as fit `height` (each item at most two
 * lines); when some do not fit, the last line says how many more there are (in `text`'s words).
 */
export function fillBox(
  heading: string,
  items: readonly string[],
  width: number,
  height: number,
  colors: { text: string; muted: string },
  text: ExportText,
): SlideParagraph[] {
  const out: SlideParagraph[] = [{ text: heading, size: TYPE.heading, bold: true, color: colors.text }];
  let used = TYPE.heading * LINE;
  const step = TYPE.body * LINE;
  for (let i = 0; i < items.length; i++) {
    const lines = wrap(items[i]!, width - 14, TYPE.body, false, 2);
    const rest = items.length - i - 1;
    const reserve = rest > 0 ? step : 0;
    if (used + lines.length * step + reserve > height) {
      out.push({
        text: text.t("list.more", { count: items.length - i }),
        size: TYPE.body,
        italic: true,
        color: colors.muted,
      });
      break;
    }
    lines.forEach((text, j) => {
      out.push({
        text: j === 0 ? text : `   ${text}`,
        size: TYPE.body,
        color: colors.text,
        ...(j === 0 ? { bullet: true } : {}),
      });
    });
    used += lines.length * step;
  }
  if (items.length === 0) out.push({ text: "—", size: TYPE.body, color: colors.muted });
  return out;
}
