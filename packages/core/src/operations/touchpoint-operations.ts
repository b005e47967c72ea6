import { current, type Draft, original } from "immer";
import type { Card } from "../records/card.js";
import type { JourneyMap } from "../records/journey-map.js";
import { touchpointSchema } from "../records/touchpoint.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

/** Add a touchpoint to a stage. @example addTouchpoint(map, { record: createTouchpoint({ stageId, name: "App" }) }) */
export const addTouchpoint = defineAdd(
  "addTouchpoint",
  "touchpoints",
  touchpointSchema,
  (draft, t) => refs.stage(draft, t.stageId) && refs.personas(draft, t.personaIds),
);

/**
 * Change a touchpoint's name, channel, owner, description or personas (its stage changes with
 * `moveTouchpoint`). @example updateTouchpoint(map, { id, changes: { channel: "in-store" } })
 */
export const updateTouchpoint = defineUpdate(
  "updateTouchpoint",
  "touchpoints",
  touchpointSchema,
  (draft, t) => refs.personas(draft, t.personaIds),
  ["stageId"],
);

/** Detach every card, moment, metric and quote from a touchpoint, and drop its emotion points. */
function detach(draft: Parameters<typeof removeTouchpoint.recipe>[0], id: string) {
  for (const record of [...draft.cards, ...draft.momentsOfTruth, ...draft.metrics, ...draft.quotes]) {
    if (record.touchpointId === id) delete record.touchpointId;
  }
  if (draft.emotions.some((e) => e.touchpointId === id)) {
    draft.emotions = draft.emotions.filter((e) => e.touchpointId !== id);
  }
}

/**
 * Remove a touchpoint: cards, moments, metrics and quotes are detached from it; its emotion points go.
 * A metric or quote of the touchpoint alone stays on the touchpoint's stage.
 *
 * @example
 * removeTouchpoint(map, { id: tp.id });
 */
export const removeTouchpoint = defineOperation("removeTouchpoint", (draft, { id }: RemoveArgs) => {
  const touchpoint = draft.touchpoints.find((t) => t.id === id);
  if (!touchpoint) return;
  for (const record of [...draft.metrics, ...draft.quotes]) {
    if (record.touchpointId === id && record.stageId === undefined) record.stageId = touchpoint.stageId;
  }
  detach(draft, id);
  draft.touchpoints = draft.touchpoints.filter((t) => t.id !== id);
});

/** Arguments of `moveTouchpoint`: the target stage and the position among its touchpoints (last when omitted). */
export interface MoveTouchpointArgs {
  id: string;
  stageId: string;
  index?: number;
}

/**
 * Move a touchpoint to a stage and a position among that stage's touchpoints (clamped; last when
 * omitted): one edit, whether it changes stage, place, or both. What describes the touchpoint goes
 * with it to its new stage: its metrics, quotes, moments of truth and emotion points. Cards stay in
 * their cell (the person put them there) and are detached from it. A move to where the touchpoint
 * already is changes nothing.
 *
 * @example
 * moveTouchpoint(map, { id: tp.id, stageId: pay.id, index: 0 });
 */
export const moveTouchpoint = defineOperation("moveTouchpoint", (draft, args: MoveTouchpointArgs) => {
  const { id, stageId, index } = args;
  if (typeof stageId !== "string" || !refs.stage(draft, stageId)) return;
  if (index !== undefined && (typeof index !== "number" || Number.isNaN(index))) return;
  const from = indexById(draft.touchpoints, id);
  const touchpoint = draft.touchpoints[from];
  if (!touchpoint) return;
  const oldStageId = touchpoint.stageId;
  // The target stage's other touchpoints, by their place in the list.
  const others: number[] = [];
  draft.touchpoints.forEach((t, i) => {
    if (i !== from && t.stageId === stageId) others.push(i);
  });
  const rank = index === undefined ? others.length : Math.max(0, Math.min(others.length, index));
  if (oldStageId === stageId) {
    const current = draft.touchpoints.filter((t) => t.stageId === stageId).findIndex((t) => t.id === id);
    if (current === rank) return;
  }
  if (oldStageId !== stageId) follow(draft, id, oldStageId, stageId);
  const [moved] = draft.touchpoints.splice(from, 1);
  if (!moved) return;
  moved.stageId = stageId;
  // Places after `from` shift down by one once the touchpoint is taken out.
  const placeOf = (i: number) => (i > from ? i - 1 : i);
  const before = others[rank];
  const last = others.at(-1);
  const to =
    before !== undefined
      ? placeOf(before)
      : last !== undefined
        ? placeOf(last) + 1
        : Math.min(from, draft.touchpoints.length);
  draft.touchpoints.splice(to, 0, moved);
});

/** Take what describes touchpoint `id` from its old stage to its new one; detach the cards of its old stage. */
function follow(draft: Draft<JourneyMap>, id: string, from: string, to: string) {
  // Found on the base list, so a map of 10,000 cards drafts only the cards it changes.
  const cards = (original(draft.cards) ?? current(draft.cards)) as readonly Card[];
  cards.forEach((card, i) => {
    if (card.touchpointId === id) delete draft.cards[i]!.touchpointId;
  });
  for (const record of [...draft.momentsOfTruth, ...draft.emotions]) {
    if (record.touchpointId === id) record.stageId = to;
  }
  for (const record of [...draft.metrics, ...draft.quotes]) {
    // A metric or quote of the touchpoint alone has no stage of its own: it follows through the reference.
    if (record.touchpointId === id && record.stageId === from) record.stageId = to;
  }
}
