import {
  approximateTextWidth,
  formatMetricValue,
  type JourneyLayout,
  type LabelOptions,
  type Metric,
  type MetricBadge,
  metricChip,
  metricFigure,
  metricLabel,
  metricSampleText,
} from "@journeykit/core";
import { useStore as useFlowStore } from "@xyflow/react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useLabelOptions } from "../i18n/use-label-options.js";

/** Line height of the overview's names, in px (12 px text). */
const LINE_PX = 15;
/** Line height of the overview's metric lines, in px (11 px text). */
const METRIC_LINE_PX = 13;
/** Metrics a stage shows in the overview: its first ones (measured first, as its header lists them). */
const STAGE_METRICS = 2;
/** Below this on-screen width a stage shows its number only: a name would break letter by letter. */
const NAME_MIN_PX = 64;

/** Horizontal room a stage's metric line loses to the label's padding and the measured mark. */
const METRIC_INSET_PX = 26;

/**
 * The lines a metric is written in, at the overview's 11 px, within `width` px: its figure on one line
 * ("NPS −39 ±24 · n=51"); else its sample size on a second line under the chip ("NPS −39 ±24" /
 * "n=51"), under label and value ("NPS −39"), under the value alone: the numbers and the n are what
 * is kept. (The width estimate is widened by 15%: bold digits run wider than it says.)
 */
function fitted(metric: Metric, options: LabelOptions, width: number): string[] {
  const fits = (text: string) => 1.15 * approximateTextWidth(text, { size: 11, weight: 700 }) <= width;
  const figure = metricFigure(metric, options);
  if (fits(figure)) return [figure];
  const value = formatMetricValue(metric, options);
  const first = [metricChip(metric, options), `${metricLabel(metric, options)} ${value}`].find(fits) ?? value;
  return metric.sampleSize === undefined ? [first] : [first, metricSampleText(metric.sampleSize, options)];
}

/** The viewport's translation and zoom, as one string so the labels render only when it moves. */
const transformKey = (s: { transform: [number, number, number] }) => s.transform.join(",");

/**
 * In the overview (zoomed out past readable text), the stage and lane names drawn in screen space
 * over their headers, at a size a room can read on a projector, held at the canvas's top and left
 * edges while the map pans (stage names over lane names where they meet), each stage with its first
 * metrics (`metricFigure`: "NPS −39 ±24 · n=51", measured ones marked) and the whole journey's
 * metrics above them. Decoration: the headers underneath stay the accessible, clickable ones.
 */
export function OverviewLabels({ layout }: { layout: JourneyLayout }) {
  const [x, y, zoom] = useFlowStore(transformKey).split(",").map(Number) as [number, number, number];
  const metrics = useJourneyMapStore((s) => s.map.metrics);
  const labels = useLabelOptions();
  /** A metric's lines within `width` px (see `fitted`). */
  const figure = (badge: MetricBadge, width = Number.POSITIVE_INFINITY) => {
    const metric = metrics.find((m) => m.id === badge.id);
    return metric ? fitted(metric, labels, width) : [badge.text];
  };
  const journey = layout.metrics.filter((b) => b.place === "journey");
  const strip = layout.journeyStrip;
  return (
    <div className="jk-overview-labels" aria-hidden="true">
      {layout.lanes.map((row) => (
        <div
          key={row.id}
          className={`jk-overview-lane jk-overview-lane--${row.kind}`}
          style={{
            left: Math.max(0, x + row.header.x * zoom),
            top: y + row.y * zoom,
            width: Math.max(100, layout.laneHeaderWidth * zoom),
            height: row.height * zoom,
          }}
        >
          <span className="jk-overview-name">{row.title}</span>
        </div>
      ))}
      {layout.stages.map((column, i) => {
        const width = column.width * zoom;
        const own = layout.metrics
          .filter((b) => b.place === "stage" && b.stageId === column.id && b.touchpointId === undefined)
          .slice(0, STAGE_METRICS)
          .map((badge) => ({ badge, lines: figure(badge, width - METRIC_INSET_PX) }));
        const metricLines = own.reduce((n, m) => n + m.lines.length, 0);
        // Room for the padding, one line of the name and every metric line, or the header's own height.
        const height = Math.max(
          32 + metricLines * METRIC_LINE_PX + own.length * 2,
          column.header.height * zoom,
        );
        // As many lines of the name as the header's height holds; a column too narrow for a word shows
        // its number alone (the header underneath still names it to a screen reader and on hover).
        const lines = Math.max(
          1,
          Math.min(3, Math.floor((height - 14 - metricLines * METRIC_LINE_PX - own.length * 2) / LINE_PX)),
        );
        return (
          <div
            key={column.id}
            className="jk-overview-stage"
            style={{ left: x + column.x * zoom, top: Math.max(0, y + column.header.y * zoom), width, height }}
          >
            <span className="jk-overview-title">
              <span className="jk-overview-number">{i + 1}</span>
              {width >= NAME_MIN_PX && (
                <span className="jk-overview-name" style={{ WebkitLineClamp: lines, lineClamp: lines }}>
                  {column.name}
                </span>
              )}
            </span>
            {own.map(({ badge, lines: text }) => (
              <span
                key={badge.id}
                className={`jk-overview-metric${badge.measured ? " jk-overview-metric--measured" : ""}`}
              >
                {text.map((line) => (
                  <span key={line} className="jk-overview-metric-line">
                    {line}
                  </span>
                ))}
              </span>
            ))}
          </div>
        );
      })}
      {strip && journey.length > 0 && (
        <div
          className="jk-overview-journey"
          style={{ left: Math.max(0, x + strip.x * zoom), top: Math.max(0, y + strip.y * zoom) }}
        >
          <span className="jk-overview-name">{strip.title}</span>
          {journey.map((badge) => (
            <span
              key={badge.id}
              className={`jk-overview-metric${badge.measured ? " jk-overview-metric--measured" : ""}`}
            >
              {figure(badge).join(" · ")}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
