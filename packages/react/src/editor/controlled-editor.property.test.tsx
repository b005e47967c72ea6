import { addCard, createCard, createJourneyMap, type JourneyMap, updateMap } from "@journeykit/core";
import { act, cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useJourneyMap } from "../hooks/useJourneyMap.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { JourneyMapProvider } from "./JourneyMapProvider.js";

/** How the host answers an edit: applies it, keeps its value (does not apply it), or refuses it in onBeforeChange. */
type Answer = "apply" | "ignore" | "veto";
type Step =
  | { kind: "add"; answer: Answer }
  | { kind: "undo"; answer: Answer }
  | { kind: "redo"; answer: Answer }
  | { kind: "hostTitle"; title: string }
  | { kind: "hostReset" };

const answer = fc.constantFrom<Answer>("apply", "ignore", "veto");
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("add" as const), answer }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("undo" as const), answer }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("redo" as const), answer }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("hostTitle" as const), title: fc.constantFrom("A", "B", "C") }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("hostReset" as const) }) },
);

/** What the person sees: the cards' texts, as the editor's hook gives them. */
function Screen({ onStore }: { onStore: (store: JourneyMapStore) => void }) {
  const { map } = useJourneyMap();
  onStore(useStoreApi());
  return (
    <ul aria-label="cards">
      {map.cards.map((card) => (
        <li key={card.id}>{card.text}</li>
      ))}
    </ul>
  );
}

/** The test's hold on the host: how it answers the next change, every value it held, its setter. */
interface Wiring {
  policy: { answer: Answer };
  values: JourneyMap[];
  setValue: (map: JourneyMap) => void;
  store?: JourneyMapStore;
}

/** A controlled host whose answer to each change is set by the test before it is made. */
function Host({ wiring }: { wiring: Wiring }) {
  const [map, setMap] = useState(() => createJourneyMap({ title: "Start" }));
  wiring.setValue = setMap;
  wiring.values.push(map);
  return (
    <JourneyMapProvider
      value={map}
      onChange={(next) => {
        if (wiring.policy.answer !== "ignore") setMap(next);
      }}
      onBeforeChange={() => (wiring.policy.answer === "veto" ? "Refused by the host." : true)}
    >
      <Screen
        onStore={(store) => {
          wiring.store = store;
        }}
      />
    </JourneyMapProvider>
  );
}

function harness() {
  const wiring: Wiring = { policy: { answer: "apply" }, values: [], setValue: () => {} };
  const view = render(<Host wiring={wiring} />);
  return {
    policy: wiring.policy,
    values: wiring.values,
    host: () => wiring.values.at(-1)!,
    store: () => wiring.store!,
    screen: () => [...view.container.querySelectorAll("li")].map((li) => li.textContent),
    setValue: (map: JourneyMap) => act(() => wiring.setValue(map)),
  };
}

describe("a controlled editor under any sequence of host values, edits, refusals and undo", () => {
  it("keeps screen, host and history consistent", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
        const h = harness();
        // The model: the host's cards (texts, in order), and the edits undo and redo would bring back.
        const model = { cards: [] as string[], undo: [] as string[], redo: [] as string[], title: "Start" };
        const refused = new Set<string>();
        let made = 0;
        try {
          for (const s of steps) {
            // Whether the step makes a change the host is asked about (an undo with nothing to undo is not).
            let asked = false;
            if (s.kind === "add") {
              const text = `card ${++made}`;
              h.policy.answer = s.answer;
              const map = h.store().getState().map;
              const record = createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text });
              act(() => h.store().getState().dispatch(addCard, { record }));
              asked = true;
              if (s.answer === "apply") {
                model.cards.push(text);
                model.undo.push(text);
                model.redo = [];
              } else refused.add(text);
            } else if (s.kind === "undo" || s.kind === "redo") {
              h.policy.answer = s.answer;
              act(() => h.store().getState()[s.kind]());
              const [from, to] = s.kind === "undo" ? [model.undo, model.redo] : [model.redo, model.undo];
              asked = from.length > 0;
              if (s.answer === "apply" && asked) {
                const text = from.pop()!;
                to.push(text);
                if (s.kind === "undo") model.cards.pop();
                else model.cards.push(text);
              }
            } else if (s.kind === "hostTitle") {
              h.setValue(updateMap(h.host(), { changes: { title: s.title } }));
              model.title = s.title;
            } else {
              const text = `reset ${++made}`;
              const map = h.host();
              const record = createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text });
              h.setValue({ ...map, cards: [record] });
              // Every step of the editor's history touched the cards, whose order the host changed.
              model.cards = [text];
              model.undo = [];
              model.redo = [];
            }
            const state = h.store().getState();
            expect(state.map).toBe(h.host()); // the screen shows the host's value, exactly
            expect(h.screen()).toEqual(model.cards);
            expect(h.host().cards.map((c) => c.text)).toEqual(model.cards);
            expect(h.host().title).toBe(model.title);
            expect([state.canUndo, state.canRedo]).toEqual([model.undo.length > 0, model.redo.length > 0]);
            if (asked && "answer" in s && s.answer === "veto")
              expect(state.refusal?.reason).toBe("Refused by the host.");
          }
          // An edit the host refused or did not apply was never in any of its values.
          for (const value of h.values)
            for (const card of value.cards) expect(refused.has(card.text)).toBe(false);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 80 },
    );
  });
});
