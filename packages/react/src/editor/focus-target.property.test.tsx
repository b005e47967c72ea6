import {
  addCard,
  applyOperation,
  createCard,
  createJourneyMap,
  type JourneyMap,
  removeCard,
  removeLane,
  removeStage,
} from "@journeykit/core";
import { act, cleanup, fireEvent, render } from "@testing-library/react";
import fc from "fast-check";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyCanvas } from "../canvas/JourneyCanvas.js";
import { focusTargetOf } from "../canvas/KeyboardPlace.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { focusTargetInMap } from "../store/focus-target.js";
import { JourneyMapProvider } from "./JourneyMapProvider.js";

/** What a keyboard user does, or what arrives from elsewhere (the host's value: another person's edit). */
type Step =
  | { kind: "add" }
  | { kind: "remove" }
  | { kind: "undo" }
  | { kind: "redo" }
  | { kind: "arrow"; key: string }
  | { kind: "remoteRemove"; what: "focused" | "card" | "stage" | "lane"; pick: number }
  | { kind: "remoteAdd"; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "add" as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: "remove" as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: "undo" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "redo" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("arrow" as const),
      key: fc.constantFrom("ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("remoteRemove" as const),
      what: fc.constantFrom("focused" as const, "card" as const, "stage" as const, "lane" as const),
      pick: fc.nat(20),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remoteAdd" as const), pick: fc.nat(20) }) },
);

interface Wiring {
  set?: (map: JourneyMap) => void;
  store?: JourneyMapStore;
}

/** Hands the test the editor's store (to read the map on screen). */
function Grab({ wiring }: { wiring: Wiring }) {
  wiring.store = useStoreApi();
  return null;
}

/** A controlled host whose value the test also changes itself (a collaborator's edit, as the host hears it). */
function Host({ initial, wiring }: { initial: JourneyMap; wiring: Wiring }) {
  const [map, setMap] = useState(initial);
  wiring.set = setMap;
  return (
    <JourneyMapProvider value={map} onChange={setMap} style={{ width: 1200, height: 800 }}>
      <Grab wiring={wiring} />
      <JourneyCanvas minimap={false} />
    </JourneyMapProvider>
  );
}

function startMap(): JourneyMap {
  const map = createJourneyMap({ title: "Focus" });
  const lanes = map.lanes
    .filter((lane) => lane.kind !== "touchpoints" && lane.kind !== "emotions")
    .slice(0, 2);
  const cards = [0, 1, 2].map((i) =>
    createCard({
      id: `start-${i}`,
      laneId: lanes[i % 2]!.id,
      stageId: map.stages[i % 3]!.id,
      text: `Card ${i}`,
    }),
  );
  return { ...map, lanes, cards };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("the keyboard user's place under any sequence of edits, undo, redo and remote changes", () => {
  it("focus is always on an item of the map's grid that exists: never lost to the page, never on a removed record", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const wiring: Wiring = {};
        const view = render(<Host initial={startMap()} wiring={wiring} />);
        try {
          await flush();
          const canvas = view.container.querySelector<HTMLElement>(".jk-canvas")!;
          /** The map on screen (the host's value: every edit reaches it through onChange). */
          const shown = () => wiring.store!.getState().map;
          const host = (next: JourneyMap) => act(() => wiring.set!(next));
          act(() => canvas.querySelector<HTMLElement>('[data-grid="cell"]')!.focus());
          const active = () => document.activeElement as HTMLElement;
          const key = (init: Parameters<typeof fireEvent.keyDown>[1]) => fireEvent.keyDown(active(), init);
          for (const s of steps) {
            const current = shown();
            if (s.kind === "add") {
              key({ key: "n" });
              const box = document.activeElement;
              if (box instanceof HTMLTextAreaElement) {
                fireEvent.change(box, { target: { value: "Added" } });
                fireEvent.keyDown(box, { key: "Enter" });
              }
            } else if (s.kind === "remove") {
              const place = focusTargetOf(active());
              const last =
                (place?.kind === "stage" && current.stages.length < 2) ||
                (place?.kind === "lane" && current.lanes.length < 2);
              if (!last) key({ key: "Delete" });
            } else if (s.kind === "undo") key({ key: "z", ctrlKey: true });
            else if (s.kind === "redo") key({ key: "z", ctrlKey: true, shiftKey: true });
            else if (s.kind === "arrow") key({ key: s.key });
            else if (s.kind === "remoteAdd") {
              const lane = current.lanes[s.pick % current.lanes.length]!;
              const stage = current.stages[s.pick % current.stages.length]!;
              const record = createCard({ laneId: lane.id, stageId: stage.id, text: `Remote ${s.pick}` });
              host(applyOperation(current, addCard, { record }).map);
            } else {
              const place = focusTargetOf(active());
              let next = current;
              if (s.what === "focused" && place?.kind === "card")
                next = applyOperation(current, removeCard, { id: place.id }).map;
              else if (s.what === "focused" && place?.kind === "stage" && current.stages.length > 1)
                next = applyOperation(current, removeStage, { id: place.id }).map;
              else if (s.what === "focused" && place?.kind === "lane" && current.lanes.length > 1)
                next = applyOperation(current, removeLane, { id: place.id }).map;
              else if (s.what === "card" && current.cards.length > 0)
                next = applyOperation(current, removeCard, {
                  id: current.cards[s.pick % current.cards.length]!.id,
                }).map;
              else if (s.what === "stage" && current.stages.length > 1)
                next = applyOperation(current, removeStage, {
                  id: current.stages[s.pick % current.stages.length]!.id,
                }).map;
              else if (s.what === "lane" && current.lanes.length > 1)
                next = applyOperation(current, removeLane, {
                  id: current.lanes[s.pick % current.lanes.length]!.id,
                }).map;
              if (next !== current) host(next);
            }
            const now = shown();
            const focused = active();
            expect(focused, `after ${JSON.stringify(s)}`).not.toBe(document.body);
            expect(canvas.contains(focused), `after ${JSON.stringify(s)}`).toBe(true);
            const place = focusTargetOf(focused);
            expect(place, `after ${JSON.stringify(s)}: ${focused.outerHTML.slice(0, 120)}`).not.toBeNull();
            expect(
              focusTargetInMap(now, place!),
              `after ${JSON.stringify(s)}: ${JSON.stringify(place)}`,
            ).toBe(true);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 15 },
    );
  }, 600_000);
});
