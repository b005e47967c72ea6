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

describe("createHistory().checkpoint / restore", () => {
  const setup = () => {
    let map = createJourneyMap({ title: "A" });
    const history = createHistory();
    const title = (next: string, mode: "record" | "merge" = "record") => {
      const applied = applyOperation(map, updateMap, { changes: { title: next } });
      history.record(applied, mode);
      map = applied.map;
    };
    const set = (next: typeof map) => {
      map = next;
    };
    return { history, title, map: () => map, set };
  };

  it("takes back what was recorded, undone or redone since, as if it never happened", () => {
    const { history, title, map, set } = setup();
    title("B");
    title("C");
    set(history.undo(map())); // C waits on redo
    const mark = history.checkpoint();
    title("D"); // clears redo
    expect(history.canRedo()).toBe(false);
    history.restore(mark);
    set({ ...map(), title: "B" }); // the host's value: the map as it was at the checkpoint
    expect(history.size).toBe(1);
    set(history.redo(map()));
    expect(map().title).toBe("C");
    set(history.undo(history.undo(map())));
    expect(map().title).toBe("A");
    expect(history.canUndo()).toBe(false);
  });

  it("a merge after a restore starts a new step instead of joining a step it no longer follows", () => {
    const { history, title, map, set } = setup();
    title("B");
    const mark = history.checkpoint();
    title("C", "merge");
    history.restore(mark);
    set({ ...map(), title: "B" });
    title("D", "merge");
    expect(history.size).toBe(2);
    set(history.undo(map()));
    expect(map().title).toBe("B");
  });

  it("a group open at the checkpoint and closed since becomes the step of what it held then", () => {
    const { history, title, map, set } = setup();
    history.beginGroup();
    title("B");
    const mark = history.checkpoint();
    title("C");
    history.endGroup();
    history.restore(mark);
    set({ ...map(), title: "B" });
    expect(history.size).toBe(1);
    set(history.undo(map()));
    expect(map().title).toBe("A");
  });

  it("a group begun after the checkpoint and still open loses its edits but stays open", () => {
    const { history, title, map, set } = setup();
    title("B");
    const mark = history.checkpoint();
    history.beginGroup();
    const [lane, stage] = [map().lanes[0]!, map().stages[0]!];
    const added = applyOperation(map(), addCard, {
      record: createCard({ laneId: lane.id, stageId: stage.id, text: "not taken" }),
    });
    history.record(added);
    history.restore(mark); // the host's value never held the card
    title("D");
    history.endGroup();
    expect(history.size).toBe(2);
    set(history.undo(map()));
    expect(map().title).toBe("B");
    set(history.redo(map()));
    expect(map().title).toBe("D");
    expect(map().cards).toHaveLength(0);
  });
});

describe("createHistory() steps carrying meta", () => {
  const setup = () => {
    let map = createJourneyMap({ title: "A" });
    const history = createHistory<string | null>();
    const title = (next: string, meta?: string | null, mode: "record" | "merge" = "record") => {
      const applied = applyOperation(map, updateMap, { changes: { title: next } });
      history.record(applied, mode, meta);
      map = applied.map;
    };
    return { history, title, map: () => map };
  };

  it("hands back on undo the meta given when the step was recorded, and on redo the one given at its undo", () => {
    const { history, title, map } = setup();
    title("B", "on the title");
    title("C", "on the title again");
    const undone = history.undoStep(map(), "after C");
    expect(undone?.map.title).toBe("B");
    expect(undone?.meta).toBe("on the title again");
    expect(undone?.patches).toEqual([{ op: "replace", path: ["title"], value: "B" }]);
    const redone = history.redoStep(undone!.map, "after undo");
    expect(redone?.map.title).toBe("C");
    expect(redone?.meta).toBe("after C");
    expect(history.undoStep(redone!.map)?.meta).toBe("after undo");
  });

  it("a step undone without meta keeps its own; nothing to undo or redo is null", () => {
    const { history, title, map } = setup();
    expect(history.undoStep(map(), "x")).toBeNull();
    title("B", null);
    const undone = history.undoStep(map());
    expect(undone?.meta).toBeNull();
    expect(history.redoStep(undone!.map)?.meta).toBeNull();
    expect(history.redoStep(map(), "x")).toBeNull();
  });

  it("a merge and a group keep the meta of their first edit", () => {
    const { history, title, map } = setup();
    title("B", "drag start");
    title("C", "drag middle", "merge");
    history.beginGroup();
    title("D", "group start");
    title("E", "group end");
    history.endGroup();
    const group = history.undoStep(map());
    expect(group?.meta).toBe("group start");
    expect(group?.map.title).toBe("C");
    expect(history.undoStep(group!.map)?.meta).toBe("drag start");
  });

  it("checkpoints keep each step's meta, and undo / redo (the map only) still work for callers without meta", () => {
    const { history, title, map } = setup();
    title("B", "first");
    const mark = history.checkpoint();
    title("C", "second");
    history.restore(mark);
    expect(history.checkpoint().undo.map((step) => step.meta)).toEqual(["first"]);
    const plain = createHistory();
    const applied = applyOperation(map(), updateMap, { changes: { title: "Z" } });
    plain.record(applied);
    expect(plain.undo(applied.map).title).toBe(map().title);
    expect(plain.redo(map()).title).toBe("Z");
  });
});
