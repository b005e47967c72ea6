import {
  coreTranslator,
  formatMetricMargin,
  formatMetricValue,
  formatNumber,
  type JourneyMap,
  type LabelOptions,
  type Metric,
  metricFigure,
  metricSampleText,
  quoteCount,
} from "@journeykit/core";
import type { EvidenceAnalysis, StagePlacement } from "@journeykit/evidence";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { feelingWords } from "../insights/feeling-words";
import { painPointKey } from "./pain-point-choice";
import { QuoteText } from "./QuoteText";

/** The rating metrics a stage row shows, when the import has them. */
const KINDS = ["NPS", "CSAT", "CES"] as const;
/** A metric in its kind's column: value, margin and n as core writes them; the whole figure on hover. */
function MetricCell({ metric, options }: { metric: Metric | undefined; options: LabelOptions }) {
  if (!metric) return <td className="ws-ev-muted">—</td>;
  const margin = formatMetricMargin(metric, options);
  return (
    <td className="ws-ev-metric" title={metricFigure(metric, options)}>
      <strong>{formatMetricValue(metric, options)}</strong>
      {margin && <span> {margin}</span>}
      {metric.sampleSize !== undefined && <small>{metricSampleText(metric.sampleSize, options)}</small>}
    </td>
  );
}

/** "14 · 9 by rule, 5 by learned word": the rows a stage got and how sure their placement is. */
function PlacedCell({ placement }: { placement: StagePlacement | undefined }) {
  const { t, locale } = useWorkshopText();
  if (!placement) return <td className="ws-ev-muted">—</td>;
  const total = placement.byColumn + placement.byRule + placement.byLearned;
  const how = [
    placement.byColumn ? t("evidence.byColumn", { count: placement.byColumn }) : "",
    placement.byRule ? t("evidence.byRule", { count: placement.byRule }) : "",
    placement.byLearned ? t("evidence.byLearned", { count: placement.byLearned }) : "",
    placement.several ? t("evidence.tied", { count: placement.several }) : "",
  ].filter(Boolean);
  return (
    <td className="ws-ev-placed">
      <strong>{formatNumber(total, { locale })}</strong>
      {how.length > 0 && <small>{how.join(", ")}</small>}
    </td>
  );
}

/**
 * Step 4: everything the import will add, before anything is added. Suggested pain points are
 * proposals: a checklist, none ticked until the consultant ticks it (`chosen`, `onChoose`).
 */
export function PreviewStep({
  map,
  analysis,
  chosen,
  onChoose,
}: {
  map: JourneyMap;
  analysis: EvidenceAnalysis;
  /** Keys (`painPointKey`) of the suggested pain points ticked to be added. */
  chosen: ReadonlySet<string>;
  onChoose: (key: string, ticked: boolean) => void;
}) {
  const text = useWorkshopText();
  const { t, locale, labels: options } = text;
  const count = (n: number) => formatNumber(n, { locale });
  const percent = (share: number) => `${formatNumber(share * 100, { locale })}%`;
  const stageName = (id: string | undefined) =>
    map.stages.find((s) => s.id === id)?.name ?? t("evidence.noStage");
  const personaName = (id: string) => map.personas.find((p) => p.id === id)?.name ?? t("evidence.persona");
  const stageMetric = (stageId: string | undefined, kind: string) =>
    analysis.metrics.find((m) => m.stageId === stageId && m.touchpointId === undefined && m.kind === kind);
  const kinds = KINDS.filter((kind) => analysis.metrics.some((m) => m.kind === kind));
  const stars = analysis.metrics.some((m) => m.kind === "custom" && m.touchpointId === undefined);
  const touchpointMetrics = analysis.metrics.filter((m) => m.touchpointId !== undefined).length;
  const samples = [...analysis.quotes]
    .sort((a, b) => (a.sentiment ?? 0) - (b.sentiment ?? 0))
    .filter((_, i, all) => i === 0 || i === all.length - 1 || i === Math.floor(all.length / 2));
  const personas = new Set(analysis.emotions.map((e) => e.personaId));
  const placement = analysis.placement;
  return (
    <div className="ws-ev-preview">
      <p className="ws-ev-summary" data-testid="evidence-summary">
        {t("evidence.summary", {
          used: count(analysis.rows.used),
          total: count(analysis.rows.total),
          unassigned: count(analysis.rows.unassigned),
          metrics: t("evidence.metrics", { count: analysis.metrics.length }),
          touchpoints:
            touchpointMetrics > 0 ? t("evidence.forTouchpoints", { count: touchpointMetrics }) : "",
          quotes: quoteCount(analysis.quotes.length, options),
          points: t("evidence.curvePoints", { count: analysis.emotions.length }),
        })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll ws-ev-scroll-tall" tabIndex={0} aria-label={t("evidence.perStage")}>
        <table className="ws-ev-grid ws-ev-stage-grid" aria-label={t("evidence.whatEachStage")}>
          <thead>
            <tr>
              <th scope="col">{t("compare.stage")}</th>
              {placement && <th scope="col">{t("evidence.th.placed")}</th>}
              {kinds.map((kind) => (
                <th scope="col" key={kind}>
                  {kind}
                </th>
              ))}
              {stars && <th scope="col">{t("evidence.th.rating")}</th>}
              <th scope="col">{t("evidence.th.quotes")}</th>
              <th scope="col">{t("evidence.th.feeling")}</th>
            </tr>
          </thead>
          <tbody>
            {map.stages.map((stage) => {
              const evidence = analysis.stages.find((s) => s.stageId === stage.id);
              const points = analysis.emotions.filter((e) => e.stageId === stage.id);
              return (
                <tr key={stage.id}>
                  <th scope="row">{stage.name}</th>
                  {placement && (
                    <PlacedCell placement={placement.stages.find((p) => p.stageId === stage.id)} />
                  )}
                  {kinds.map((kind) => (
                    <MetricCell key={kind} metric={stageMetric(stage.id, kind)} options={options} />
                  ))}
                  {stars && <MetricCell metric={stageMetric(stage.id, "custom")} options={options} />}
                  <td>{evidence?.quoteIds.length ?? 0}</td>
                  <td>
                    {points.length === 0 ? (
                      <span className="ws-ev-muted">—</span>
                    ) : (
                      points.map((p) => (
                        <span key={p.personaId} className="ws-ev-point">
                          {personas.size > 1 ? `${personaName(p.personaId)} ` : ""}
                          <span title={feelingWords(p, text)}>{feelingWords({ ...p, from: [] }, text)}</span>{" "}
                          <small>
                            {p.basis === "ratings" ? t("evidence.fromRatings") : t("evidence.fromComments")} ·{" "}
                            {metricSampleText(p.n, options)}
                          </small>
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              );
            })}
            <tr className="ws-ev-overall">
              <th scope="row">{coreTranslator(options).t("metric.wholeJourney")}</th>
              {placement && (
                <td className="ws-ev-placed">
                  <strong>{count(analysis.rows.used)}</strong>
                  {placement.several > 0 && (
                    <small>{t("evidence.severalEqual", { count: placement.several })}</small>
                  )}
                </td>
              )}
              {kinds.map((kind) => (
                <MetricCell key={kind} metric={stageMetric(undefined, kind)} options={options} />
              ))}
              {stars && <MetricCell metric={stageMetric(undefined, "custom")} options={options} />}
              <td>{analysis.quotes.length}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </section>
      <div className="ws-ev-columns">
        <section aria-labelledby="ev-quotes">
          <h3 id="ev-quotes">{t("evidence.quotesHeading", { count: analysis.quotes.length })}</h3>
          {samples.length === 0 ? (
            <p className="ws-ev-muted">{t("evidence.noComments")}</p>
          ) : (
            samples.map((quote) => (
              <QuoteText key={quote.id} quote={quote} where={stageName(quote.stageId)} />
            ))
          )}
        </section>
        <section aria-labelledby="ev-suggested">
          <h3 id="ev-suggested">{t("evidence.suggested", { count: analysis.painPoints.length })}</h3>
          {analysis.painPoints.length === 0 ? (
            <p className="ws-ev-muted">{t("evidence.noTheme")}</p>
          ) : (
            <>
              <p className="ws-ev-muted" id="ev-suggested-help">
                {t("evidence.proposals", { count: chosen.size })}
              </p>
              <ul className="ws-ev-list ws-ev-proposals" aria-describedby="ev-suggested-help">
                {analysis.painPoints.map((p) => {
                  const key = painPointKey(p);
                  const quotes = p.quoteIds
                    .map((id) => analysis.quotes.find((q) => q.id === id))
                    .filter((q) => q !== undefined);
                  return (
                    <li key={key}>
                      <label className="ws-ev-proposal">
                        <input
                          type="checkbox"
                          checked={chosen.has(key)}
                          onChange={(event) => onChoose(key, event.target.checked)}
                        />
                        <span>
                          {p.text}{" "}
                          <small>
                            {t("evidence.proposalLine", {
                              stage: stageName(p.stageId),
                              severity: p.severity,
                              share: percent(p.basis.share),
                              sentiment: formatNumber(p.theme.meanSentiment, {
                                locale,
                                digits: 2,
                                fixed: true,
                              }),
                              rating: p.basis.rating ? `, ${p.basis.rating}` : "",
                            })}
                          </small>
                        </span>
                      </label>
                      {quotes.map((quote) => (
                        <QuoteText key={quote.id} quote={quote} />
                      ))}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <h3>{t("evidence.momentsHeading", { count: analysis.moments.length })}</h3>
          {analysis.moments.length === 0 ? (
            <p className="ws-ev-muted">{t("evidence.noMoments")}</p>
          ) : (
            <ul className="ws-ev-list">
              {analysis.moments.map((m) => (
                <li key={m.stageId}>
                  {m.title}{" "}
                  <small>
                    · {stageName(m.stageId)} · r=
                    {formatNumber(m.driver.correlation, { locale, digits: 2, fixed: true })}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {analysis.warnings.length > 0 && (
        <section aria-labelledby="ev-warnings">
          <h3 id="ev-warnings">{t("evidence.worthKnowing", { count: analysis.warnings.length })}</h3>
          <ul className="ws-ev-warnings">
            {analysis.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="ws-ev-muted">{t("evidence.margins")}</p>
    </div>
  );
}
