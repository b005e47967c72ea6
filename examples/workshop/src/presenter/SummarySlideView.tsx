import { coreTranslator, type JourneyMap } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { riskReasons } from "../insights/feeling-words";
import { summarySlide } from "./summary-slide";

/** The closing slide: moments at risk, the top pain points and opportunities. */
export function SummarySlideView({ map }: { map: JourneyMap }) {
  const slide = summarySlide(map);
  const text = useWorkshopText();
  const { t, labels } = text;
  const votes = (n: number | undefined) =>
    n ? ` · ${coreTranslator(labels).t("card.votes", { count: n })}` : "";
  const empty = slide.moments.length + slide.painPoints.length + slide.opportunities.length === 0;
  return (
    <article className="ws-slide" aria-label={t("presenter.summary")}>
      <h2 className="ws-slide-title">{t("summary.title")}</h2>
      {empty && <p className="ws-slide-lead">{t("summary.empty")}</p>}
      {slide.moments.length > 0 && (
        <section className="ws-summary-section">
          <h3>{t("summary.moments")}</h3>
          {slide.moments.map((m) => (
            <p key={m.moment.id} className={`ws-slide-moment ws-outcome-${m.moment.outcome ?? "neutral"}`}>
              ★ <strong>{m.moment.title}</strong>
              {m.stageName && m.stageName !== m.moment.title ? ` (${m.stageName})` : ""}:{" "}
              {riskReasons(m, text).join("; ")}
            </p>
          ))}
        </section>
      )}
      <div className="ws-slide-lanes">
        {slide.painPoints.length > 0 && (
          <section className="ws-slide-lane ws-lane-painPoints">
            <h3>{t("summary.painPoints")}</h3>
            <ul>
              {slide.painPoints.map(({ card, stageName }) => (
                <li key={card.id}>
                  {card.text}
                  <span className="ws-badge">
                    {stageName}
                    {card.severity ? ` · ${t("slide.severity", { value: card.severity })}` : ""}
                    {votes(card.votes)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {slide.opportunities.length > 0 && (
          <section className="ws-slide-lane ws-lane-opportunities">
            <h3>{t("summary.opportunities")}</h3>
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
