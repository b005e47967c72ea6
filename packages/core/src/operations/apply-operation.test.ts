import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import { createCard } from "../records/card.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { createLane } from "../records/lane.js";
import { createStage } from "../records/stage.js";
import { applyOperation } from "./apply-operation.js";
import { addCard, updateCard } from "./card-operations.js";
import { defineOperation } from "./define-operation.js";

const LATER = "2026-02-02T10:00:00.000Z";
const stamp = { updatedAt: LATER };

function fixture(): JourneyMap {
  const map = createJourneyMap({ id: "m", now: new Date("2026-01-01T00:00:00Z") });
  const stage = createStage({ id: "s1", name: "Order" });
  const lane = createLane({ id: "l1", kind: "actions", title: "Actions" });
  return {
    ...map,
    stages: [stage],
    lanes: [lane],
    cards: [createCard({ id: "c1", laneId: "l1", stageId: "s1", text: "Opens app" })],
  };
}

describe("applyOperation with a stamp", () => {
  it("stamps updatedAt in the same pass: one list of patches, replayable and reversible", () => {
    const map = fixture();
    const applied = applyOperation(map, updateCard, { id: "c1", changes: { text: "Orders" } }, { stamp });
    expect(applied.map.updatedAt).toBe(LATER);
    expect(applied.map.cards[0]!.text).toBe("Orders");
    expect(applied.patches.map((p) => p.path)).toContainEqual(["updatedAt"]);
    expect(applyPatches(map, applied.patches)).toEqual(applied.map);
    expect(applyPatches(applied.map, applied.inversePatches)).toEqual(map);
  });

  it("stamps nothing when the operation changes nothing", () => {
    const map = fixture();
    const applied = applyOperation(map, updateCard, { id: "c1", changes: { text: "Opens app" } }, { stamp });
    expect(applied.map).toBe(map);
    expect(applied.patches).toEqual([]);
    expect(applied.inversePatches).toEqual([]);
  });

  it("stamps nothing on a refused operation, and still says why", () => {
    const map = fixture();
    const record = createCard({ id: "c2", laneId: "nowhere", stageId: "s1", text: "Lost" });
    const applied = applyOperation(map, addCard, { record }, { stamp });
    expect(applied.map).toBe(map);
    expect(applied.patches).toEqual([]);
    expect(applied.refused?.length).toBeGreaterThan(0);
  });

  it("the stamp wins over an operation that sets updatedAt itself, and that is still an edit", () => {
    const map = fixture();
    const touch = defineOperation("touch", (draft, { at }: { at: string }) => {
      draft.updatedAt = at;
    });
    const applied = applyOperation(map, touch, { at: "2026-01-05T00:00:00.000Z" }, { stamp });
    expect(applied.map.updatedAt).toBe(LATER);
    expect(applyPatches(applied.map, applied.inversePatches)).toEqual(map);
  });

  it("stamps an operation's direct edit with a patch of its own, undone first", () => {
    const map = fixture();
    const rename = defineOperation(
      "rename",
      (draft, { title }: { title: string }) => {
        draft.title = title;
      },
      (before, { title }) => ({
        map: { ...before, title },
        patches: [{ op: "replace", path: ["title"], value: title }],
        inversePatches: [{ op: "replace", path: ["title"], value: before.title }],
      }),
    );
    const applied = applyOperation(map, rename, { title: "Checkout" }, { stamp });
    expect(applied.map).toMatchObject({ title: "Checkout", updatedAt: LATER });
    expect(applied.inversePatches[0]).toEqual({ op: "replace", path: ["updatedAt"], value: map.updatedAt });
    expect(applyPatches(map, applied.patches)).toEqual(applied.map);
    expect(applyPatches(applied.map, applied.inversePatches)).toEqual(map);
  });

  it("without a stamp, leaves updatedAt as the operation left it", () => {
    const map = fixture();
    const applied = applyOperation(map, updateCard, { id: "c1", changes: { text: "Orders" } });
    expect(applied.map.updatedAt).toBe(map.updatedAt);
    expect(applied.patches).toHaveLength(1);
  });
});
