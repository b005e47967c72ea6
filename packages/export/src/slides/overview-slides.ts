import {
  channelLabel,
  coreTranslator,
  documentIndex,
  formatEmotionScore,
  type JourneyMap,
  LABEL_SEPARATOR,
  labelDate,
  meanStageEmotion,
  metricFigure,
} from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import { momentKind } from "../map-drawing/moment-words.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { emotionSlide } from "./emotion-slide.js";
import { CONTENT_TOP, MARGIN, slideTitle, textItem, titleAround } from "./slide-frame.js";
import type { Slide, SlideItem, SlideParagraph } from "./slide-model.js";
import { fit, LINE, measure, TYPE, wrap } from "./slide-text.js";

const GAP = 10;
const MIN_TILE = 150;
const PADDING = 8;
const MIN_TILE_H = 2 * TYPE.heading * LINE + 4 * TYPE.body * LINE + 2 * PADDING;
const MAX_TILE_H = MIN_TILE_H + 3 * TYPE.body * LINE;
/** The curve goes under the tiles when at least this much height is left. */
const MIN_CHART_H = 170;

/** What a stage tile says: emotion, pain points, moments, metrics, channels, in at most `lines` lines. */
function stageFacts(
  map: JourneyMap,
  stageId: string,
  width: number,
  lines: number,
  theme: ExportTheme,
  text: ExportText,
): SlideParagraph[] {
  const { t, labels } = text;
  const kinds = new Map(map.lanes.map((l) => [l.id, l.kind]));
  const facts: { text: string; color: string }[] = [];
  const line = (text: string, color = theme.text) => ({ text, color });
  const mood = meanStageEmotion(map, stageId);
  if (mood !== null)
    facts.push(
      line(
        t("overview.emotion", { score: formatEmotionScore(Math.round(mood * 10) / 10) }),
        mood < 0 ? theme.warning : theme.text,
      ),
    );
  const pains = map.cards
    .filter((c) => c.stageId === stageId && kinds.get(c.laneId) === "painPoints")
    .sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || (b.votes ?? 0) - (a.votes ?? 0));
  if (pains.length > 0)
    facts.push(line(t("overview.painPoints", { count: pains.length, text: pains[0]!.text }), theme.warning));
  const moments = map.momentsOfTruth.filter((m) => m.stageId === stageId);
  for (const m of moments.slice(0, 1))
    facts.push(
      line(
        `${t("moment.line", { kind: momentKind(m.kind, text), title: m.title })}${moments.length > 1 ? ` (+${moments.length - 1})` : ""}`,
        m.outcome === "fail" ? theme.warning : theme.text,
      ),
    );
  // The stage's own metrics (a touchpoint's are named on the stage slides), as every view writes them.
  const metrics = map.metrics.filter((m) => m.stageId === stageId && m.touchpointId === undefined);
  if (metrics.length > 0) facts.push(line(metrics.map((m) => metricFigure(m, labels)).join(LABEL_SEPARATOR)));
  const channels = [
    ...new Set(
      documentIndex(map)
        .touchpointsInStage(stageId)
        .map((tp) => channelLabel(tp.channel, labels)),
    ),
  ];
  if (channels.length > 0) facts.push(line(channels.join(", "), theme.muted));
  // Each fact gets one line; lines left over let the earlier facts run to a second or third line.
  const out: SlideParagraph[] = [];
  let spare = lines - Math.min(lines, facts.length);
  facts.slice(0, lines).forEach((fact) => {
    const wrapped = wrap(fact.text, width, TYPE.body, false, 1 + Math.min(spare, 2));
    spare -= wrapped.length - 1;
    out.push(...wrapped.map((text) => ({ text, size: TYPE.body, color: fact.color })));
  });
  return out;
}

/**
 * The journey at a glance: the title, state and personas, then a tile per stage (in order, as many
 * rows as fit; more slides when the stages do not fit one) with its emotion, worst pain point, moments
 * of truth, metrics and channels, and a legend of the personas' colours; in `text`'s words.
 */
export function overviewSlides(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: ExportTheme,
  text: ExportText,
): Slide[] {
  const { t, labels } = text;
  const core = coreTranslator(labels).t;
  const inner = page.width - 2 * MARGIN;
  const cols = Math.max(1, Math.min(map.stages.length, 6, Math.floor((inner + GAP) / (MIN_TILE + GAP))));
  const tileW = (inner - (cols - 1) * GAP) / cols;
  const legendH = map.personas.length > 0 ? TYPE.body * LINE + 8 : 0;
  const top = CONTENT_TOP + 8;
  const room = page.height - top - legendH - MARGIN + GAP;
  const rowsFit = Math.max(1, Math.floor(room / (MIN_TILE_H + GAP)));
  const rows = Math.max(1, Math.min(rowsFit, Math.ceil(map.stages.length / cols)));
  const tileH = Math.min(room / rows - GAP, MAX_TILE_H);
  const perSlide = rows * cols;
  const count = Math.max(1, Math.ceil(map.stages.length / perSlide));
  const subtitle = [
    core(map.state === "future" ? "overview.futureState" : "overview.currentState"),
    core("overview.stages", { count: map.stages.length }),
    map.personas.length > 0
      ? t("overview.personas", { names: map.personas.map((p) => p.name).join(", ") })
      : core("overview.noPersonas"),
    t("overview.updated", { date: labelDate(map.updatedAt, labels) }),
  ].join(LABEL_SEPARATOR);
  const slides: Slide[] = [];
  for (let n = 0; n < count; n++) {
    const title =
      count > 1
        ? titleAround(page.width, map.title, (mapTitle) =>
            t("slide.page", { title: mapTitle, page: n + 1, pages: count }),
          )
        : map.title;
    const items: SlideItem[] = slideTitle(page.width, theme, title, subtitle);
    map.stages.slice(n * perSlide, (n + 1) * perSlide).forEach((stage, i) => {
      const index = n * perSlide + i;
      const x = MARGIN + (i % cols) * (tileW + GAP);
      const y = top + Math.floor(i / cols) * (tileH + GAP);
      const name = wrap(`${index + 1}. ${stage.name}`, tileW - 2 * PADDING, TYPE.heading, true, 2);
      const lines = Math.floor(
        (tileH - 2 * PADDING - name.length * TYPE.heading * LINE) / (TYPE.body * LINE),
      );
      items.push(
        textItem(
          `Overview: Stage ${index + 1}: ${stage.name}`,
          { x, y, w: tileW, h: tileH },
          [
            ...name.map((text) => ({
              text,
              size: TYPE.heading,
              bold: true,
              color: theme.text,
            })),
            ...stageFacts(map, stage.id, tileW - 2 * PADDING, lines, theme, text),
          ],
          {
            shape: "roundRect",
            fill: theme.headerFill,
            stroke: theme.grid,
            strokeWidth: 0.75,
            padding: PADDING,
          },
        ),
      );
    });
    const shown = Math.min(perSlide, map.stages.length - n * perSlide);
    const tilesBottom = top + Math.ceil(shown / cols) * (tileH + GAP);
    const chartH = page.height - MARGIN - legendH - tilesBottom;
    if (count === 1 && chartH >= MIN_CHART_H && map.personas.length > 0) {
      const curve = emotionSlide(map, page, theme, text).items.find((item) => item.type === "chart");
      if (curve) items.push({ ...curve, y: tilesBottom, h: chartH });
    }
    let x = MARGIN;
    const y = page.height - MARGIN - TYPE.body * LINE;
    for (const persona of map.personas) {
      const label = fit(persona.role ? `${persona.name} (${persona.role})` : persona.name, 220, TYPE.body);
      const w = measure(label, TYPE.body) + 4;
      if (x + 16 + w > page.width - MARGIN) break;
      items.push({
        type: "shape",
        name: `Persona colour: ${persona.name}`,
        shape: "ellipse",
        x,
        y: y + 3,
        w: 10,
        h: 10,
        fill: persona.color,
      });
      items.push(
        textItem(`Persona: ${persona.name}`, { x: x + 14, y, w }, [
          { text: label, size: TYPE.body, color: theme.text },
        ]),
      );
      x += 14 + w + 16;
    }
    slides.push({ kind: "overview", title, notes: map.description ?? "", items });
  }
  return slides;
}
