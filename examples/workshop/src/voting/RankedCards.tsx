import type { Card, JourneyMap } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** Cards ranked by votes (from `votingTally`), each with its lane and stage: the room's top picks. */
export function RankedCards({
  map,
  ranked,
  limit = 10,
}: {
  map: JourneyMap;
  ranked: Card[];
  limit?: number;
}) {
  const { t } = useWorkshopText();
  const stageName = (id: string) => map.stages.find((s) => s.id === id)?.name ?? "";
  const laneTitle = (id: string) => map.lanes.find((l) => l.id === id)?.title ?? "";
  if (ranked.length === 0) return <p className="ws-empty">{t("voting.none")}</p>;
  return (
    <ol className="ws-ranked">
      {ranked.slice(0, limit).map((card) => (
        <li key={card.id}>
          <span className="ws-badge">● {card.votes}</span> {card.text}
          <small>
            {" "}
            {laneTitle(card.laneId)} · {stageName(card.stageId)}
          </small>
        </li>
      ))}
    </ol>
  );
}
