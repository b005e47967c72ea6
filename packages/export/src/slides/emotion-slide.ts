import { formatEmotionScore, isMeasuredEmotion, type JourneyMap, stageEmotion } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { CONTENT_TOP, MARGIN, slideTitle, titleAround } from "./slide-frame.js";
import type { Slide, SlideChart } from "./slide-model.js";

/**
 * A persona's measured score at a stage (points with evidence "measured", from customer data): the
 * stage-level point, else the mean of its touchpoint-level points, else null. The same rule as the
 * room's curve (`stageEmotion`) and the layout's measured curve.
 */
function measuredStageEmotion(map: JourneyMap, personaId: string, stageId: string): number | null {
  const points = map.emotions.filter(
    (e) => e.personaId === personaId && e.stageId === stageId && isMeasuredEmotion(e),
  );
  if (points.length === 0) return null;
  const stageLevel = points.find((p) => p.touchpointId === undefined);
  return stageLevel ? stageLevel.score : points.reduce((s, p) => s + p.score, 0) / points.length;
}

/**
 * The emotion curve as a chart: one series per persona over the stages (-3..+3, gaps where a persona
 * has no score), plus a dashed series "<name> (measured)" per persona with measured points; PowerPoint
 * gets a native line chart whose data can be edited. In `text`'s words.
 */
export function emotionSlide(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: ExportTheme,
  text: ExportText,
): Slide {
  const { t } = text;
  const title = titleAround(page.width, map.title, (mapTitle) =>
    t("slide.titled", { title: mapTitle, what: t("slide.emotionCurve") }),
  );
  const series: SlideChart["series"] = map.personas.map((p) => ({
    personaId: p.id,
    name: p.name,
    color: p.color,
    values: map.stages.map((s) => stageEmotion(map, p.id, s.id)),
  }));
  for (const p of map.personas) {
    const values = map.stages.map((s) => measuredStageEmotion(map, p.id, s.id));
    if (values.some((v) => v !== null))
      series.push({
        personaId: p.id,
        name: t("chart.measured", { name: p.name }),
        color: p.color,
        values,
        dashed: true,
      });
  }
  const notes = map.stages
    .map((s, i) => {
      const scores = series
        .map((line) => ({ name: line.name, value: line.values[i] }))
        .filter((v): v is { name: string; value: number } => v.value !== null && v.value !== undefined)
        .map((v) => `${v.name} ${formatEmotionScore(Math.round(v.value * 10) / 10)}`);
      const scored = scores.length > 0 ? scores.join(", ") : t("chart.notScored");
      return t("chart.notesLine", { number: i + 1, name: s.name, scores: scored });
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
        title: t("chart.title"),
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
