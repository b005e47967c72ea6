import type { JourneyMap } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { JourneyCurves } from "./JourneyCurves";
import { overviewSlide } from "./overview-slide";
import { SlideMetrics } from "./SlideMetrics";

/** The opening slide: the journey, both curves, the headline metrics. */
export function OverviewSlideView({ map }: { map: JourneyMap }) {
  const { t, labels } = useWorkshopText();
  const slide = overviewSlide(map, labels);
  return (
    <article className="ws-slide" aria-label={t("presenter.overview")}>
      <h2 className="ws-slide-title">{map.title}</h2>
      <p className="ws-slide-lead">
        {t("recent.stages", { count: map.stages.length })} · {map.personas.map((p) => p.name).join(", ")}
      </p>
      <SlideMetrics metrics={slide.metrics} label={t("slide.wholeJourney")} />
      <JourneyCurves slide={slide} />
    </article>
  );
}
