import { formatEmotionScore, type JourneyMap, stageEmotion } from "@journeykit/core";
import type { SvgTheme } from "../svg/svg-theme.js";
import { CONTENT_TOP, MARGIN, slideTitle } from "./slide-frame.js";
import type { Slide } from "./slide-model.js";

/**
 * The emotion curve as a chart: one series per persona over the stages (-3..+3, gaps where a persona
 * has no score); PowerPoint gets a native line chart whose data can be edited.
 */
export function emotionSlide(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: SvgTheme,
): Slide {
  const title = `${map.title}: emotion curve`;
  const series = map.personas.map((p) => ({
    name: p.name,
    color: p.color,
    values: map.stages.map((s) => stageEmotion(map, p.id, s.id)),
  }));
  const notes = map.stages
    .map((s, i) => {
      const scores = series
        .map((line) => ({ name: line.name, value: line.values[i] }))
        .filter((v): v is { name: string; value: number } => v.value !== null && v.value !== undefined)
        .map((v) => `${v.name} ${formatEmotionScore(Math.round(v.value * 10) / 10)}`);
      return `Stage ${i + 1}: ${s.name}: ${scores.length > 0 ? scores.join(", ") : "not scored"}`;
    })
    .join("\n");
  return {
    kind: "emotion",
    title,
    notes,
    items: [
      ...slideTitle(page.width, theme, title),
      {
        type: "chart",
        name: "Emotion curve",
        title: "Emotion per stage (−3 very negative … +3 very positive)",
        x: MARGIN,
        y: CONTENT_TOP,
        w: page.width - 2 * MARGIN,
        h: page.height - CONTENT_TOP - MARGIN,
        categories: map.stages.map((s, i) => `${i + 1}. ${s.name}`),
        series,
        min: -3,
        max: 3,
        levelLabels: [-3, -2, -1, 0, 1, 2, 3].map(formatEmotionScore),
      },
    ],
  };
}
