import type { JourneyMap } from "@journeykit/core";
import { JourneyCurves } from "./JourneyCurves";
import { overviewSlide } from "./overview-slide";
import { SlideMetrics } from "./SlideMetrics";

/** The opening slide: the journey, both curves, the headline metrics. */
export function OverviewSlideView({ map }: { map: JourneyMap }) {
  const slide = overviewSlide(map);
  return (
    <article className="ws-slide" aria-label="Overview">
      <h2 className="ws-slide-title">{map.title}</h2>
      <p className="ws-slide-lead">
        {map.stages.length} stages · {map.personas.map((p) => p.name).join(", ")}
      </p>
      <SlideMetrics metrics={slide.metrics} label="The whole journey" />
      <JourneyCurves slide={slide} />
    </article>
  );
}
