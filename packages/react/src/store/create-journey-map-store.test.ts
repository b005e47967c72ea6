import { createCard, createJourneyMap, type JourneyMap, updateCard, updateMap } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createJourneyMapStore } from "./create-journey-map-store.js";

function mapWithCards(count: number): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  const [lane, stage] = [map.lanes[0]!, map.stages[0]!];
  map.cards = Array.from({ length: count }, (_, i) =>
    createCard({ id: `c${i}`, laneId: lane.id, stageId: stage.id, text: `text of c${i}` }),
  );
  return map;
}
const texts = (map: JourneyMap) => Object.fromEntries(map.cards.map((c) => [c.id, c.text]));

describe("editor store and changes from outside its history", () => {
  it("a host removing a card before Undo: the undone text never lands on another card", () => {
    const store = createJourneyMapStore({ map: mapWithCards(3) });
    store.getState().dispatch(updateCard, { id: "c2", changes: { text: "edited" } });
    const hostVersion = structuredClone(store.getState().map);
    // The host removes c0 and appends c9: c2 moves from position 2 to 1, and c9 now sits at 2.
    const [lane, stage] = [hostVersion.lanes[0]!, hostVersion.stages[0]!];
    hostVersion.cards.splice(0, 1);
    hostVersion.cards.push(
      createCard({ id: "c9", laneId: lane.id, stageId: stage.id, text: "from the host" }),
    );
    store.getState().setMap(hostVersion);
    store.getState().undo();
    expect(texts(store.getState().map)).toEqual({ c1: "text of c1", c2: "edited", c9: "from the host" });
    expect(store.getState().canUndo).toBe(false);
  });

  it("a host change that reorders nothing keeps the history undoable", () => {
    const store = createJourneyMapStore({ map: mapWithCards(2) });
    store.getState().dispatch(updateCard, { id: "c1", changes: { text: "edited" } });
    store.getState().setMap(updateMap(store.getState().map, { changes: { title: "Renamed by the host" } }));
    store.getState().undo();
    expect(texts(store.getState().map)).toEqual({ c0: "text of c0", c1: "text of c1" });
    expect(store.getState().map.title).toBe("Renamed by the host");
  });

  it("a refused edit reaches onError with the path and reason, and changes nothing", () => {
    const onError = vi.fn();
    const onChange = vi.fn();
    const store = createJourneyMapStore({ map: mapWithCards(1), onChange, onError });
    store.getState().dispatch(updateCard, { id: "c0", changes: { severity: 9 as never } });
    expect(onChange).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0][0].path).toBe("cards[0].severity");
    expect(store.getState().canUndo).toBe(false);
  });

  it("an edit made outside the history ('ignore') reaches onChange", () => {
    const onChange = vi.fn();
    const store = createJourneyMapStore({ map: mapWithCards(1), onChange });
    store.getState().dispatch(updateCard, { id: "c0", changes: { text: "loaded" } }, "ignore");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].cards[0].text).toBe("loaded");
    expect(store.getState().canUndo).toBe(false);
  });

  it("interleaving host changes, local edits, undo and redo: undo and redo only touch what was recorded", () => {
    type Step =
      | { kind: "edit"; pick: number }
      | { kind: "hostRemove"; pick: number }
      | { kind: "hostAdd"; at: number }
      | { kind: "hostEdit"; pick: number }
      | { kind: "undo" }
      | { kind: "redo" };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant("edit" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("hostRemove" as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant("hostAdd" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("hostEdit" as const), pick: fc.nat() }),
      fc.constant({ kind: "undo" as const }),
      fc.constant({ kind: "redo" as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const store = createJourneyMapStore({ map: mapWithCards(4) });
        // Every text each card has ever held: an undo or redo may only bring back one of its own.
        const held = new Map<string, Set<string>>();
        const remember = (map: JourneyMap) => {
          for (const c of map.cards) held.set(c.id, (held.get(c.id) ?? new Set()).add(c.text));
        };
        remember(store.getState().map);
        let counter = 0;
        for (const s of steps) {
          const { map } = store.getState();
          const pick = <T>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
          if (s.kind === "edit") {
            const card = pick(map.cards, s.pick);
            if (card)
              store.getState().dispatch(updateCard, { id: card.id, changes: { text: `local ${counter++}` } });
          } else if (s.kind === "undo" || s.kind === "redo") {
            const before = texts(map);
            store.getState()[s.kind]();
            const after = texts(store.getState().map);
            for (const [id, text] of Object.entries(after)) {
              if (before[id] !== undefined && before[id] !== text) expect(held.get(id)?.has(text)).toBe(true);
            }
          } else {
            const next = structuredClone(map);
            if (s.kind === "hostRemove" && next.cards.length)
              next.cards.splice(s.pick % next.cards.length, 1);
            if (s.kind === "hostAdd") {
              const card = createCard({
                laneId: map.lanes[0]!.id,
                stageId: map.stages[0]!.id,
                text: `host ${counter++}`,
              });
              next.cards.splice(s.at % (next.cards.length + 1), 0, card);
            }
            if (s.kind === "hostEdit" && next.cards.length)
              next.cards[s.pick % next.cards.length]!.text = `host ${counter++}`;
            store.getState().setMap(next);
          }
          remember(store.getState().map);
        }
      }),
      { numRuns: process.env.CI ? 2_000 : 300 },
    );
  });
});
