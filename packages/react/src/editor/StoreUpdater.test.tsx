import * as core from "@journeykit/core";
import { getTemplate, type JourneyMap, updateMap } from "@journeykit/core";
import { act, render } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import type { EditorChange } from "../store/editor-change.js";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "./JourneyMapEditor.js";
import { JourneyMapProvider, type JourneyMapProviderProps } from "./JourneyMapProvider.js";

vi.mock("@journeykit/core", async (importOriginal) => {
  const original = await importOriginal<typeof import("@journeykit/core")>();
  return { ...original, validateJourneyMap: vi.fn(original.validateJourneyMap) };
});

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const validations = (map: JourneyMap) =>
  vi.mocked(core.validateJourneyMap).mock.calls.filter(([value]) => value === map).length;

/** Hands the editor's store to the test. */
function Probe({ onStore }: { onStore: (store: JourneyMapStore) => void }) {
  onStore(useStoreApi());
  return null;
}

/** A provider whose store the test reads. */
function withStore(props: Omit<JourneyMapProviderProps, "children">) {
  let store: JourneyMapStore | undefined;
  const element = (next: Omit<JourneyMapProviderProps, "children">) => (
    <JourneyMapProvider {...next}>
      <Probe
        onStore={(given) => {
          store = given;
        }}
      />
    </JourneyMapProvider>
  );
  const view = render(element(props));
  return { store: () => store!, rerender: (next: typeof props) => view.rerender(element(next)) };
}

describe("StoreUpdater: the host's props into the store", () => {
  it("calls the callbacks of the latest render, replaced after it commits", () => {
    const map = template();
    const first = vi.fn();
    const second = vi.fn();
    const { store, rerender } = withStore({ defaultValue: map, onChange: first });
    rerender({ defaultValue: map, onChange: second });
    act(() =>
      store()
        .getState()
        .dispatch(updateMap, { changes: { title: "Renamed" } }),
    );
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("applies readOnly, voting and onVote when they change, and the store says so", () => {
    const map = template();
    const { store, rerender } = withStore({ defaultValue: map });
    expect(store().getState()).toMatchObject({ readOnly: false, voting: false, hostVotes: false });
    rerender({ defaultValue: map, readOnly: true, voting: true, onVote: () => {} });
    expect(store().getState()).toMatchObject({ readOnly: true, voting: true, hostVotes: true });
    rerender({ defaultValue: map });
    expect(store().getState()).toMatchObject({ readOnly: false, voting: false, hostVotes: false });
  });

  it("tells onSelectionChange and onDraftsChange from the store, each change once", () => {
    const onSelectionChange = vi.fn();
    const onDraftsChange = vi.fn();
    const map = template();
    const { store } = withStore({ defaultValue: map, onSelectionChange, onDraftsChange });
    const card = { kind: "card", id: map.cards[0]!.id } as const;
    act(() => store().getState().select(card));
    act(() =>
      store()
        .getState()
        .select({ ...card }),
    );
    expect(onSelectionChange.mock.calls).toEqual([[card]]);
    const draft = { place: "canvas", target: card, field: "text", base: "", text: "Hi" } as const;
    act(() => store().drafts.getState().put(draft));
    expect(onDraftsChange).toHaveBeenCalledTimes(1);
  });

  it("validates a host's value once, and a map the editor reported never", async () => {
    const first = template();
    const handle: { current: JourneyMapEditorHandle | null } = { current: null };
    const reported: JourneyMap[] = [];
    const editor = (value: JourneyMap) => (
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor ref={handle} value={value} onChange={(next) => reported.push(next)} />
      </div>
    );
    const view = render(editor(first));
    await flush();
    expect(validations(first)).toBe(1);
    const own = updateMap(first, { changes: { title: "The host's own title" } });
    view.rerender(editor(own));
    await flush();
    expect(validations(own)).toBe(1);
    act(() => handle.current!.apply(updateMap, { changes: { title: "Typed in the editor" } }));
    const next = reported.at(-1)!;
    view.rerender(editor(next));
    await flush();
    expect(handle.current!.getMap()).toBe(next);
    expect(validations(next)).toBe(0);
  });

  it("joins the room once under StrictMode, and leaves it when unmounted", () => {
    const map = template();
    const room = createFakeCollaboration(map);
    const changes: EditorChange[] = [];
    const view = render(
      <StrictMode>
        <JourneyMapProvider
          defaultValue={map}
          collaboration={room.adapter}
          onChange={(_, c) => changes.push(c)}
        >
          {null}
        </JourneyMapProvider>
      </StrictMode>,
    );
    act(() => room.remote(updateMap(map, { changes: { title: "Someone else's" } })));
    expect(changes.map((c) => c.source)).toEqual(["remote"]);
    view.unmount();
    room.remote(updateMap(map, { changes: { title: "After leaving" } }));
    expect(changes).toHaveLength(1);
  });
});
