import {
  formatMetricMargin,
  formatMetricValue,
  type JourneyMap,
  type LabelOptions,
  type Metric,
  metricFigure,
  metricSampleText,
} from "@journeykit/core";
import {
  describeFeeling,
  type EvidenceAnalysis,
  formatFeeling,
  type StagePlacement,
} from "@journeykit/evidence";
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
  if (!placement) return <td className="ws-ev-muted">—</td>;
  const total = placement.byColumn + placement.byRule + placement.byLearned;
  const how = [
    placement.byColumn ? `${placement.byColumn} by column` : "",
    placement.byRule ? `${placement.byRule} by rule` : "",
    placement.byLearned ? `${placement.byLearned} by learned word` : "",
    placement.several ? `${placement.several} tied with another stage (on neither)` : "",
  ].filter(Boolean);
  return (
    <td className="ws-ev-placed">
      <strong>{total.toLocaleString("en-US")}</strong>
      {how.length > 0 && <small>{how.join(", ")}</small>}
    </td>
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const signedNumber = (x: number) => (x < 0 ? `\u2212${Math.abs(x).toFixed(2)}` : x.toFixed(2));

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
  const options = { locale: map.locale };
  const stageName = (id: string | undefined) => map.stages.find((s) => s.id === id)?.name ?? "No stage";
  const personaName = (id: string) => map.personas.find((p) => p.id === id)?.name ?? "Persona";
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
        {analysis.rows.used.toLocaleString("en-US")} of {analysis.rows.total.toLocaleString("en-US")} rows
        have answers · {analysis.rows.unassigned.toLocaleString("en-US")} on no stage ·{" "}
        {analysis.metrics.length} metrics
        {touchpointMetrics > 0 ? ` (${touchpointMetrics} for touchpoints)` : ""} · {analysis.quotes.length}{" "}
        quotes · {analysis.emotions.length} measured curve points
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll ws-ev-scroll-tall" tabIndex={0} aria-label="Per stage">
        <table className="ws-ev-grid ws-ev-stage-grid" aria-label="What each stage gets">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {placement && <th scope="col">Rows placed</th>}
              {kinds.map((kind) => (
                <th scope="col" key={kind}>
                  {kind}
                </th>
              ))}
              {stars && <th scope="col">Rating</th>}
              <th scope="col">Quotes</th>
              <th scope="col">Measured feeling</th>
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
                          <span title={describeFeeling(p)}>
                            {formatFeeling(p.value)}
                            {p.margin > 0 ? ` ±${p.margin.toFixed(1)}` : ""}
                          </span>{" "}
                          <small>
                            {p.basis === "ratings" ? "from ratings" : "from comments"} ·{" "}
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
              <th scope="row">Whole journey</th>
              {placement && (
                <td className="ws-ev-placed">
                  <strong>{analysis.rows.used.toLocaleString("en-US")}</strong>
                  {placement.several > 0 && (
                    <small>{placement.several.toLocaleString("en-US")} name several stages equally</small>
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
          <h3 id="ev-quotes">Quotes ({analysis.quotes.length})</h3>
          {samples.length === 0 ? (
            <p className="ws-ev-muted">No comments to quote.</p>
          ) : (
            samples.map((quote) => (
              <QuoteText key={quote.id} quote={quote} where={stageName(quote.stageId)} />
            ))
          )}
        </section>
        <section aria-labelledby="ev-suggested">
          <h3 id="ev-suggested">Suggested pain points ({analysis.painPoints.length})</h3>
          {analysis.painPoints.length === 0 ? (
            <p className="ws-ev-muted">No negative theme is frequent enough.</p>
          ) : (
            <>
              <p className="ws-ev-muted" id="ev-suggested-help">
                Proposals from what customers wrote. Tick the ones to put on the map: none is added unless
                ticked ({chosen.size} ticked).
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
                            · {stageName(p.stageId)} · severity {p.severity}: {percent(p.basis.share)} of the
                            stage's comments, mean sentiment {signedNumber(p.theme.meanSentiment)}
                            {p.basis.rating ? `, ${p.basis.rating}` : ""}
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
          <h3>Moments of truth ({analysis.moments.length})</h3>
          {analysis.moments.length === 0 ? (
            <p className="ws-ev-muted">None: no stage rating drives the overall NPS while scoring low.</p>
          ) : (
            <ul className="ws-ev-list">
              {analysis.moments.map((m) => (
                <li key={m.stageId}>
                  {m.title}{" "}
                  <small>
                    · {stageName(m.stageId)} · r={m.driver.correlation.toFixed(2)}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {analysis.warnings.length > 0 && (
        <section aria-labelledby="ev-warnings">
          <h3 id="ev-warnings">Worth knowing ({analysis.warnings.length})</h3>
          <ul className="ws-ev-warnings">
            {analysis.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="ws-ev-muted">
        Margins are 95% intervals (NPS from the promoter/detractor variance, CSAT Wilson, CES Student t). Add
        to map is one step: Undo (Ctrl+Z) removes all of it.
      </p>
    </div>
  );
}
