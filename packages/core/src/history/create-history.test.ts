import { describe, expect, it } from "vitest";
import { addCard, applyOperation, createCard, createJourneyMap, updateCard, updateMap } from "../index.js";
import { createHistory } from "./create-history.js";

describe("createHistory().dropSteps", () => {
  it("drops the steps the predicate picks from undo and redo, keeping the others in order", () => {
    let map = createJourneyMap({ title: "A" });
    const [lane, stage] = [map.lanes[0]!, map.stages[0]!];
    const history = createHistory();
    const step = <A>(operation: Parameters<typeof applyOperation<A>>[1], args: A) => {
      const applied = applyOperation(map, operation, args);
      history.record(applied);
      map = applied.map;
    };
    const card = createCard({ id: "c1", laneId: lane.id, stageId: stage.id, text: "one" });
    step(addCard, { record: card });
    step(updateMap, { changes: { title: "B" } });
    step(updateCard, { id: "c1", changes: { text: "two" } });
    map = history.undo(map); // the text edit moves to redo
    expect(history.size).toBe(2);
    history.dropSteps((change) => change.patches.some((patch) => patch.path[0] === "cards"));
    expect(history.size).toBe(1);
    expect(history.canRedo()).toBe(false);
    map = history.undo(map);
    expect(map.title).toBe("A");
    expect(map.cards).toHaveLength(1);
    expect(history.canUndo()).toBe(false);
  });
});
