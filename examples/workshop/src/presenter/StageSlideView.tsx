import { channelLabel, formatEmotionScore } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { SlideMetrics } from "./SlideMetrics";
import type { StageSlide } from "./stage-slide";

const FACES = ["😫", "😟", "🙁", "😐", "🙂", "😊", "😍"];
const face = (score: number) => FACES[Math.round(score) + 3] ?? "😐";

/** One stage: the room's feeling beside the measured one, its metrics, two quotes, moments and lanes. */
export function StageSlideView({ slide }: { slide: StageSlide }) {
  const { t, labels } = useWorkshopText();
  return (
    <article className="ws-slide" aria-label={t("slide.stage", { name: slide.stage.name })}>
      <h2 className="ws-slide-title">{slide.stage.name}</h2>
      {slide.stage.description && <p className="ws-slide-lead">{slide.stage.description}</p>}
      <div className="ws-slide-emotions">
        {slide.emotions.map((entry) => (
          <div
            key={entry.persona.id}
            className="ws-slide-emotion"
            style={{ borderColor: entry.persona.color }}
          >
            <span className="ws-slide-face" aria-hidden="true">
              {entry.score === null ? "·" : face(entry.score)}
            </span>
            <span>
              <strong>{entry.persona.name}</strong>
              <br />
              {t("slide.theRoom", {
                score: entry.score === null ? t("slide.noScoreYet") : formatEmotionScore(entry.score),
              })}
              {entry.emotion ? ` · ${entry.emotion}` : ""}
              {entry.measured && (
                <>
                  <br />
                  <span className="ws-slide-measured">
                    {t("slide.customers", { feeling: entry.measured })}
                  </span>
                </>
              )}
            </span>
          </div>
        ))}
      </div>
      <SlideMetrics metrics={slide.metrics} label={t("slide.metricsOf", { stage: slide.stage.name })} />
      {slide.quotes.length > 0 && (
        <div className="ws-slide-quotes">
          {slide.quotes.map((quote) => (
            <blockquote key={quote.id}>“{quote.text}”</blockquote>
          ))}
        </div>
      )}
      {slide.touchpoints.length > 0 && (
        <p className="ws-slide-touchpoints">
          {t("slide.touchpoints", {
            list: slide.touchpoints
              .map((tp) => `${tp.name} (${channelLabel(tp.channel, labels)})`)
              .join(" · "),
          })}
        </p>
      )}
      {slide.moments.map((moment) => (
        <p key={moment.id} className={`ws-slide-moment ws-outcome-${moment.outcome ?? "neutral"}`}>
          ★ {t("slide.moment", { kind: moment.kind })} <strong>{moment.title}</strong>
          {moment.description ? ` — ${moment.description}` : ""}
        </p>
      ))}
      <div className="ws-slide-lanes">
        {slide.lanes.map(({ lane, cards }) => (
          <section key={lane.id} className={`ws-slide-lane ws-lane-${lane.kind}`}>
            <h3>{lane.title}</h3>
            <ul>
              {cards.map((card) => (
                <li key={card.id}>
                  {card.text}
                  {card.severity ? (
                    <span className="ws-badge">{t("slide.severity", { value: card.severity })}</span>
                  ) : null}
                  {card.votes ? <span className="ws-badge">● {card.votes}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}
