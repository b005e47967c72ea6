import {
  type AppliedOperation,
  addCard,
  addLane,
  addMomentOfTruth,
  addPersona,
  addStage,
  addTouchpoint,
  applyOperation,
  createCard,
  createLane,
  createMomentOfTruth,
  createPersona,
  createStage,
  createTouchpoint,
  type JourneyMap,
  moveCard,
  moveLane,
  moveStage,
  moveTouchpoint,
  removeCard,
  removeLane,
  removeMomentOfTruth,
  removePersona,
  removeStage,
  removeTouchpoint,
  setEmotion,
  updateCard,
  updateMap,
  updateStage,
  voteCard,
} from "@journeykit/core";
import fc from "fast-check";

/** A random edit, read against whatever map the client holds when it runs. */
export interface EditCommand {
  kind: number;
  a: number;
  b: number;
  c: number;
  text: string;
}

export const editCommand: fc.Arbitrary<EditCommand> = fc.record({
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 6 }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

/**
 * Run one core operation chosen by `command` on `map` (adds, moves, updates and removes of cards,
 * stages, lanes, personas, touchpoints, moments, emotions, votes and the title), with ids from `newId`.
 */
export function applyEdit(
  map: JourneyMap,
  command: EditCommand,
  newId: (prefix: string) => string,
): AppliedOperation {
  const { a, b, c, text } = command;
  const stage = pick(map.stages, a);
  const lane = pick(map.lanes, b);
  const card = pick(map.cards, a);
  const persona = pick(map.personas, b);
  const none: AppliedOperation = { map, patches: [], inversePatches: [] };
  const edits: (() => AppliedOperation)[] = [
    () => {
      if (!stage || !lane) return none;
      const touchpoint =
        c % 2 === 0
          ? pick(
              map.touchpoints.filter((t) => t.stageId === stage.id),
              c,
            )
          : undefined;
      const record = createCard({ id: newId("card"), laneId: lane.id, stageId: stage.id, text });
      return applyOperation(map, addCard, {
        record: touchpoint ? { ...record, touchpointId: touchpoint.id } : record,
      });
    },
    () => {
      const toStage = pick(map.stages, c);
      if (!card || !lane || !toStage) return none;
      return applyOperation(map, moveCard, {
        id: card.id,
        laneId: lane.id,
        stageId: toStage.id,
        index: c % 3,
      });
    },
    () => (card ? applyOperation(map, updateCard, { id: card.id, changes: { text } }) : none),
    () => (card ? applyOperation(map, removeCard, { id: card.id }) : none),
    () =>
      applyOperation(map, addStage, {
        record: createStage({ id: newId("stage"), name: text }),
        index: b % 4,
      }),
    () => (stage && map.stages.length > 1 ? applyOperation(map, removeStage, { id: stage.id }) : none),
    () => (stage ? applyOperation(map, moveStage, { id: stage.id, toIndex: c % 4 }) : none),
    () => (stage ? applyOperation(map, updateStage, { id: stage.id, changes: { name: text } }) : none),
    () =>
      applyOperation(map, addLane, {
        record: createLane({ id: newId("lane"), kind: "actions" }),
        index: c % 4,
      }),
    () => (lane && map.lanes.length > 1 ? applyOperation(map, removeLane, { id: lane.id }) : none),
    () => (lane ? applyOperation(map, moveLane, { id: lane.id, toIndex: c % 5 }) : none),
    () => applyOperation(map, addPersona, { record: createPersona({ id: newId("persona"), name: text }) }),
    () => (persona ? applyOperation(map, removePersona, { id: persona.id }) : none),
    () =>
      persona && stage
        ? applyOperation(map, setEmotion, { personaId: persona.id, stageId: stage.id, score: (c % 7) - 3 })
        : none,
    () =>
      stage
        ? applyOperation(map, addTouchpoint, {
            record: createTouchpoint({
              id: newId("tp"),
              stageId: stage.id,
              personaIds: persona ? [persona.id] : [],
            }),
          })
        : none,
    () => {
      const touchpoint = pick(map.touchpoints, a);
      return touchpoint ? applyOperation(map, removeTouchpoint, { id: touchpoint.id }) : none;
    },
    () => {
      const touchpoint = pick(map.touchpoints, a);
      const toStage = pick(map.stages, c);
      return touchpoint && toStage
        ? applyOperation(map, moveTouchpoint, { id: touchpoint.id, stageId: toStage.id })
        : none;
    },
    () => (card ? applyOperation(map, voteCard, { id: card.id, delta: 1 }) : none),
    () => applyOperation(map, updateMap, { changes: { title: text } }),
    () =>
      card && persona
        ? applyOperation(map, updateCard, { id: card.id, changes: { personaId: persona.id } })
        : none,
    () => {
      if (!stage) return none;
      const touchpoint = pick(
        map.touchpoints.filter((t) => t.stageId === stage.id),
        c,
      );
      const record = createMomentOfTruth({
        id: newId("mot"),
        stageId: stage.id,
        ...(touchpoint ? { touchpointId: touchpoint.id } : {}),
        ...(persona ? { personaIds: [persona.id] } : {}),
      });
      return applyOperation(map, addMomentOfTruth, { record });
    },
    () => {
      const moment = pick(map.momentsOfTruth, a);
      return moment ? applyOperation(map, removeMomentOfTruth, { id: moment.id }) : none;
    },
  ];
  return edits[command.kind % edits.length]!();
}
