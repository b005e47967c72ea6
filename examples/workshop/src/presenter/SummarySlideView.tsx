import type { JourneyMap } from "@journeykit/core";
import { summarySlide } from "./summary-slide";

const votes = (n: number | undefined) => (n ? ` · ${n} ${n === 1 ? "vote" : "votes"}` : "");

/** The closing slide: moments at risk, the top pain points and opportunities. */
export function SummarySlideView({ map }: { map: JourneyMap }) {
  const slide = summarySlide(map);
  const empty = slide.moments.length + slide.painPoints.length + slide.opportunities.length === 0;
  return (
    <article className="ws-slide" aria-label="Summary">
      <h2 className="ws-slide-title">What to act on</h2>
      {empty && (
        <p className="ws-slide-lead">No pain points, opportunities or moments at risk on this map yet.</p>
      )}
      {slide.moments.length > 0 && (
        <section className="ws-summary-section">
          <h3>Moments at risk</h3>
          {slide.moments.map((m) => (
            <p key={m.moment.id} className={`ws-slide-moment ws-outcome-${m.moment.outcome ?? "neutral"}`}>
              ★ <strong>{m.moment.title}</strong>
              {m.stageName && m.stageName !== m.moment.title ? ` (${m.stageName})` : ""}:{" "}
              {m.reasons.join("; ")}
            </p>
          ))}
        </section>
      )}
      <div className="ws-slide-lanes">
        {slide.painPoints.length > 0 && (
          <section className="ws-slide-lane ws-lane-painPoints">
            <h3>Top pain points</h3>
            <ul>
              {slide.painPoints.map(({ card, stageName }) => (
                <li key={card.id}>
                  {card.text}
                  <span className="ws-badge">
                    {stageName}
                    {card.severity ? ` · severity ${card.severity}` : ""}
                    {votes(card.votes)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {slide.opportunities.length > 0 && (
          <section className="ws-slide-lane ws-lane-opportunities">
            <h3>Top opportunities</h3>
            <ul>
              {slide.opportunities.map(({ card, stageName }) => (
                <li key={card.id}>
                  {card.text}
                  <span className="ws-badge">
                    {stageName}
                    {votes(card.votes)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
