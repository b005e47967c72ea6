import type { LabelOptions } from "@journeykit/core";
import { useMemo } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";

/**
 * What core's label functions take to write as the editor's layout does: the editor's locale, else
 * the map's (numbers), and core's words in the editor's language. One object while neither changes.
 *
 * @example
 * const labels = useLabelOptions();
 * metricFigure(metric, labels); // "CES 4,3/7 ±0,3 · n=1412" in Spanish
 */
export function useLabelOptions(): LabelOptions {
  const { labels } = useEditorText();
  const mapLocale = useJourneyMapStore((s) => s.map.locale);
  return useMemo(
    () => ({ locale: labels.locale ?? mapLocale, messages: labels.messages }),
    [labels, mapLocale],
  );
}
