import { useMemo } from "react";
import { type DraftTarget, DraftTargetContext } from "../../fields/draft-target.js";
import { useEditorText } from "../../hooks/useEditorText.js";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore.js";
import { PersonaPanel } from "../PersonaPanel.js";
import { CardInspector } from "./CardInspector.js";
import { LaneInspector } from "./LaneInspector.js";
import { MapInspector } from "./MapInspector.js";
import { MetricInspector } from "./MetricInspector.js";
import { MomentInspector } from "./MomentInspector.js";
import { StageInspector } from "./StageInspector.js";
import { TouchpointInspector } from "./TouchpointInspector.js";

/** Edits whatever is selected: card, stage, lane, touchpoint, moment of truth, metric, persona, or the map itself. */
export function Inspector() {
  const map = useJourneyMapStore((s) => s.map);
  const selection = useJourneyMapStore((s) => s.selection);
  const { t } = useEditorText();
  const find = <T extends { id: string }>(list: T[], kind: string) =>
    selection?.kind === kind ? list.find((r) => r.id === selection.id) : undefined;
  const card = find(map.cards, "card");
  const stage = find(map.stages, "stage");
  const lane = find(map.lanes, "lane");
  const touchpoint = find(map.touchpoints, "touchpoint");
  const moment = find(map.momentsOfTruth, "moment");
  const metric = find(map.metrics, "metric");
  const body = card ? (
    <CardInspector card={card} />
  ) : stage ? (
    <StageInspector stage={stage} />
  ) : lane ? (
    <LaneInspector lane={lane} />
  ) : touchpoint ? (
    <TouchpointInspector touchpoint={touchpoint} />
  ) : moment ? (
    <MomentInspector moment={moment} />
  ) : metric ? (
    <MetricInspector metric={metric} />
  ) : selection?.kind === "persona" ? (
    <PersonaPanel personaId={selection.id} />
  ) : (
    <MapInspector />
  );
  // The record whose fields are shown: what their drafts are reported as (a persona's panel sets its own).
  const shown = card ?? stage ?? lane ?? touchpoint ?? moment ?? metric;
  const targetKind = shown && selection ? selection.kind : "map";
  const targetId = shown && selection ? selection.id : map.id;
  const target = useMemo<DraftTarget>(
    () => ({ target: { kind: targetKind, id: targetId }, place: "inspector" }),
    [targetKind, targetId],
  );
  return (
    <aside className="jk-inspector" aria-label={t("side.inspector")}>
      {/* Keyed by the selected record: no field keeps a draft of the previous one. */}
      <DraftTargetContext.Provider
        key={selection ? `${selection.kind}:${selection.id}` : "map"}
        value={target}
      >
        {body}
      </DraftTargetContext.Provider>
    </aside>
  );
}
