import type { CollaborationPresence } from "@journeykit/collab";
import {
  addCard,
  addTouchpoint,
  type Card,
  createCard,
  createTouchpoint,
  type JourneyMap,
} from "@journeykit/core";
import { useEffect, useId, useRef, useState } from "react";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import { useFollow } from "../follow/use-follow";
import { usePeers } from "../follow/use-peers";
import type { LiveVoting } from "../use-live-voting";
import type { CardVoting } from "./PhoneCard";
import { PhoneFollowBar } from "./PhoneFollowBar";
import { PhoneLane } from "./PhoneLane";
import { StageTabs, stageTabId } from "./StageTabs";
import { type SheetLane, stageSheet } from "./stage-sheet";
import type { SharedMap } from "./use-shared-map";
import { useShownStage } from "./use-shown-stage";
import { useSwipe } from "./use-swipe";

const draftKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

/**
 * The map one stage at a time: the stage tabs (or a swipe, or the previous / next buttons at the
 * bottom), following the presenter, and the stage's lanes with their cards, "+ Add" and dot voting.
 * What is typed is kept per lane and stage, so nothing is lost when the stage changes under it.
 */
export function PhoneStages({
  map,
  edit,
  presence,
  voting,
  editable,
  canVote,
  onAnnounce,
}: {
  map: JourneyMap;
  edit: SharedMap["edit"];
  presence: CollaborationPresence;
  voting: LiveVoting;
  editable: boolean;
  /** Dot voting is open and this participant may vote. */
  canVote: boolean;
  /** Say something to a screen reader ("Added to Pain points."). */
  onAnnounce: (message: string) => void;
}) {
  const { t } = useWorkshopText();
  const base = useId();
  const panelId = `${base}-panel`;
  const panel = useRef<HTMLDivElement>(null);
  const follow = useFollow(presence, usePeers(presence), true);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const typingIn = (stageId: string) =>
    editable && [...drafts].some(([key, text]) => key.startsWith(`${stageId}\u0000`) && text.trim() !== "");
  const shown = useShownStage(map, follow, typingIn);
  const { stageId } = shown;
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const stage = map.stages[index];
  const step = (by: 1 | -1) => {
    const next = map.stages[index + by];
    if (next) shown.pick(next.id);
  };
  const swipe = useSwipe(step);
  // A new stage starts at its top: the list is scrolled back when it was scrolled past it.
  useEffect(() => {
    const top = panel.current?.getBoundingClientRect().top;
    if (stageId !== undefined && top !== undefined && top < 0)
      panel.current?.scrollIntoView?.({ block: "start" });
  }, [stageId]);
  if (!stage) return <p className="ws-phone-empty">{t("phone.noStages")}</p>;
  const setDraft = (laneId: string, text: string | undefined) =>
    setDrafts((previous) => {
      const next = new Map(previous);
      if (text === undefined) next.delete(draftKey(stage.id, laneId));
      else next.set(draftKey(stage.id, laneId), text);
      return next;
    });
  const add = (sheet: SheetLane, text: string) => {
    const result = sheet.touchpoints
      ? edit(addTouchpoint, { record: createTouchpoint({ stageId: stage.id, name: text }) })
      : edit(addCard, { record: createCard({ laneId: sheet.lane.id, stageId: stage.id, text }) });
    const added = result !== undefined && !result.refused && result.patches.length > 0;
    if (added) onAnnounce(t("phone.added", { lane: sheet.lane.title }));
    return added;
  };
  const ballot = voting.state.ballots.get(voting.me)?.cards ?? {};
  const votingOf =
    (sheet: SheetLane) =>
    (card: Card): CardVoting | undefined =>
      canVote && sheet.votable
        ? { mine: ballot[card.id] ?? 0, vote: (delta) => voting.vote(card.id, delta) }
        : undefined;
  const previous = map.stages[index - 1];
  const next = map.stages[index + 1];
  const stageName = (s: { name: string }, i: number) => s.name || t("phone.unnamedStage", { index: i + 1 });
  const waitingIndex = map.stages.findIndex((s) => s.id === shown.waitingFor);
  const waitingStage = map.stages[waitingIndex];
  return (
    <>
      <div className="ws-phone-stages">
        <StageTabs
          stages={map.stages}
          selected={stage.id}
          onPick={shown.pick}
          panelId={panelId}
          base={base}
          presenter={
            follow.leader && shown.presenterStage
              ? { leader: follow.leader, stageId: shown.presenterStage }
              : undefined
          }
        />
        <PhoneFollowBar follow={follow} waitingFor={waitingStage && stageName(waitingStage, waitingIndex)} />
      </div>
      <div
        ref={panel}
        id={panelId}
        className="ws-phone-panel"
        role="tabpanel"
        aria-labelledby={stageTabId(base, stage.id)}
        {...swipe}
      >
        <h2 className="ws-phone-stage-title">
          {stageName(stage, index)}
          <span className="ws-phone-stage-count">
            {t("phone.stageOf", { index: index + 1, count: map.stages.length })}
          </span>
        </h2>
        {stageSheet(map, stage.id).map((sheet) => (
          <PhoneLane
            key={sheet.lane.id}
            sheet={sheet}
            stageName={stageName(stage, index)}
            editable={editable}
            votingOf={votingOf(sheet)}
            draft={drafts.get(draftKey(stage.id, sheet.lane.id))}
            onDraft={(text) => setDraft(sheet.lane.id, text)}
            onAdd={(text) => add(sheet, text)}
          />
        ))}
        <nav className="ws-phone-steps" aria-label={t("phone.otherStages")}>
          {previous && (
            <button type="button" className="ws-button ws-phone-touch" onClick={() => step(-1)}>
              ← {t("phone.previousStage", { stage: stageName(previous, index - 1) })}
            </button>
          )}
          {next && (
            <button type="button" className="ws-button ws-phone-touch ws-phone-next" onClick={() => step(1)}>
              {t("phone.nextStage", { stage: stageName(next, index + 1) })} →
            </button>
          )}
        </nav>
      </div>
    </>
  );
}
