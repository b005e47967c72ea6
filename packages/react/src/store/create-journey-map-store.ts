import { applyOperation, createHistory, type JourneyMap, voteCard } from "@journeykit/core";
import { createStore } from "zustand/vanilla";
import type { CollaborationChangeInfo } from "../collaboration/collaboration-adapter.js";
import { errorMessages } from "../editor/errors.js";
import { createControlledValue } from "./controlled-value.js";
import { createDraftStore } from "./draft-store.js";
import { type EditorChange, refusalOf } from "./editor-change.js";
import { createFocusTargetSlice, type FocusTarget } from "./focus-target.js";
import type {
  JourneyMapState,
  JourneyMapStore,
  JourneyMapStoreCallbacks,
  JourneyMapStoreInit,
} from "./journey-map-state.js";
import { mapIssues, markValid } from "./map-issues.js";
import { recordById } from "./record-index.js";
import { reorderedCollections } from "./reordered-collections.js";
import type { Selection } from "./selection.js";

export type {
  DispatchMode,
  DocumentState,
  JourneyMapActions,
  JourneyMapState,
  JourneyMapStore,
  JourneyMapStoreCallbacks,
  JourneyMapStoreInit,
  Renaming,
  SessionState,
} from "./journey-map-state.js";

function exists(map: JourneyMap, selection: Selection | null): boolean {
  if (!selection || selection.kind === "map") return true;
  const lists: Record<Exclude<Selection["kind"], "map">, { id: string }[]> = {
    card: map.cards,
    stage: map.stages,
    lane: map.lanes,
    touchpoint: map.touchpoints,
    persona: map.personas,
    moment: map.momentsOfTruth,
    metric: map.metrics,
    emotion: map.emotions,
  };
  return lists[selection.kind].some((r) => r.id === selection.id);
}

let instances = 0;

/**
 * One editor's store: the map, selection and view state, and `dispatch`, which runs a core operation
 * with immer patches, records it in the history (record / merge / ignore), stamps `updatedAt` and
 * calls `onChange` with the new, valid map.
 *
 * @example
 * const store = createJourneyMapStore({ map, onChange: save });
 * store.getState().dispatch(addCard, { record: createCard({ laneId, stageId, text: "Hi" }) });
 */
export function createJourneyMapStore(init: JourneyMapStoreInit): JourneyMapStore {
  const history = createHistory<FocusTarget | null>({ limit: 500 });
  let callbacks: JourneyMapStoreCallbacks = {
    onChange: init.onChange,
    onBeforeChange: init.onBeforeChange,
    onSelectionChange: init.onSelectionChange,
    onError: init.onError,
    onVote: init.onVote,
    onDraftsChange: init.onDraftsChange,
  };
  // A controlled editor's edits wait for the host's answer (its next `value`): see `receiveValue`.
  let controlled = init.controlled ?? false;
  /** The host's last `value`, and every map reported through `onChange` (one may come back late). */
  let hostValue = controlled ? init.map : undefined;
  const reported = new WeakSet<JourneyMap>();
  const answers = createControlledValue(history, init.map);
  /** Drops the steps that address, by position, a collection reordered between the two maps. */
  const dropStepsAddressing = (before: JourneyMap, after: JourneyMap) => {
    const reordered = reorderedCollections(before, after);
    if (reordered.size === 0) return;
    const touches = (patch: { path: (string | number)[] }) => reordered.has(String(patch.path[0]));
    history.dropSteps((change) => change.patches.some(touches) || change.inversePatches.some(touches));
  };
  /** The saves of the drafts open now (see `keepDraft`). */
  const drafts = new Set<() => void>();
  const store = createStore<JourneyMapState>()((set, get, api) => {
    /** Undo state: the adapter's (this user's edits in the room) while collaborating, else the history's. */
    const undoState = () => {
      const adapter = get().collaboration;
      return adapter
        ? { canUndo: adapter.canUndo(), canRedo: adapter.canRedo() }
        : { canUndo: history.canUndo(), canRedo: history.canRedo() };
    };
    /** Show `map`, keeping selection and the card being edited only while their records exist. */
    const show = (map: JourneyMap) => {
      const { selection, editingCardId } = get();
      set({
        map,
        ...undoState(),
        ...(exists(map, selection) ? {} : { selection: null }),
        ...(editingCardId && !recordById(map.cards, editingCardId) ? { editingCardId: null } : {}),
      });
    };
    const commit = (map: JourneyMap, change: EditorChange) => {
      show(map);
      if (change.source !== "remote") {
        if (get().refusal) set({ refusal: null });
        if (controlled && !get().collaboration) answers.edited(map);
      }
      reported.add(map);
      markValid(map);
      callbacks.onChange?.(map, change);
    };
    /** Ask the host whether the editor may make `change`; a refusal is kept (and shown) with its reason. */
    const allowed = (change: EditorChange): boolean => {
      const refusal = refusalOf(change, callbacks.onBeforeChange?.(change));
      if (refusal) set({ refusal });
      return refusal === null;
    };
    /** Steps already shared during the open group (a drag): the later ones merge into the first. */
    let groupDepth = 0;
    let groupShared = false;
    const travel = (direction: "undo" | "redo") => {
      const { map, readOnly, collaboration } = get();
      if (readOnly) return;
      if (collaboration) {
        // Per-user undo: the adapter reverts this user's last edit; the result arrives through subscribe.
        if (direction === "undo") collaboration.undo();
        else collaboration.redo();
        return;
      }
      if (controlled) answers.beforeEdit();
      const before = history.checkpoint();
      try {
        // The step carries where the person was; on the other stack it carries where they are now.
        const place = get().focusTarget;
        const step = direction === "undo" ? history.undoStep(map, place) : history.redoStep(map, place);
        if (!step) return;
        const { map: next, patches } = step;
        const change: EditorChange = { operation: direction, args: null, patches, source: direction };
        if (!allowed(change)) {
          history.restore(before);
          set(undoState());
          return;
        }
        commit(next, change);
        get().restoreFocus(step.meta);
      } catch (error) {
        // The host replaced the map in a way the recorded patches no longer fit: start a new history.
        history.clear();
        set({ canUndo: false, canRedo: false });
        callbacks.onError?.([
          {
            path: "",
            message: `undo history reset: ${error instanceof Error ? error.message : String(error)}`,
          },
        ]);
      }
    };
    return {
      ...createFocusTargetSlice(set, get, api),
      map: init.map,
      selection: null,
      focusedCell: null,
      editingCardId: null,
      readOnly: init.readOnly ?? false,
      voting: init.voting ?? false,
      hostVotes: init.onVote !== undefined,
      shortcutsOpen: false,
      renaming: null,
      instanceId: init.instanceId ?? `jk${++instances}`,
      hiddenPersonaIds: [],
      focusedPersonaId: null,
      canUndo: false,
      canRedo: false,
      collaboration: null,
      refusal: null,
      dispatch(operation, args, mode = "record", source = "local") {
        const { map, readOnly, collaboration } = get();
        if (readOnly && mode !== "ignore") {
          callbacks.onError?.([{ path: "", message: errorMessages.error004(operation.opName) }]);
          return;
        }
        // Every recorded edit stamps `updatedAt` in the same pass (one undo step); "ignore" (loading,
        // migrating) does not.
        const stamp = mode === "ignore" ? undefined : { updatedAt: new Date().toISOString() };
        const applied = applyOperation(map, operation, args, stamp ? { stamp } : {});
        if (applied.map === map) {
          // A refused edit is never silent: the host hears why, with the path of the problem.
          if (applied.refused) callbacks.onError?.(applied.refused);
          return;
        }
        const change: EditorChange = { operation: operation.opName, args, patches: applied.patches, source };
        if (!allowed(change)) return;
        if (collaboration) {
          // Shared: the room's per-user undo records it (one step; merged inside a group or a drag).
          // Inside a group (a drag), its first edit starts a new undo step even when marked "merge" (as
          // the history's group would); the rest join it.
          const merge = groupDepth > 0 ? groupShared : mode === "merge";
          if (groupDepth > 0) groupShared = true;
          commit(applied.map, change);
          collaboration.applyLocal(map, applied.map, applied.patches, { merge });
          return;
        }
        if (controlled) answers.beforeEdit();
        if (mode === "ignore") {
          // Outside the history, like a host's change: same rule for the steps it invalidates, and
          // the host still hears about it (a controlled host must be able to save it).
          dropStepsAddressing(map, applied.map);
          commit(applied.map, change);
          return;
        }
        history.record(applied, mode, get().focusTarget);
        commit(applied.map, change);
      },
      beginGroup() {
        history.beginGroup();
        if (groupDepth++ === 0) groupShared = false;
      },
      endGroup() {
        history.endGroup();
        groupDepth = Math.max(0, groupDepth - 1);
        set(undoState());
      },
      undo: () => travel("undo"),
      redo: () => travel("redo"),
      select(selection) {
        const cell = selection?.kind === "card" ? recordById(get().map.cards, selection.id) : undefined;
        set({ selection, ...(cell ? { focusedCell: { laneId: cell.laneId, stageId: cell.stageId } } : {}) });
      },
      focusCell: (focusedCell) => set({ focusedCell }),
      editCard: (editingCardId) => set({ editingCardId: get().readOnly ? null : editingCardId }),
      setMap(map) {
        if (map === get().map) return;
        const issues = mapIssues(map);
        if (issues) {
          callbacks.onError?.(issues);
          return;
        }
        const { collaboration } = get();
        if (collaboration) {
          // The host replaced the map while collaborating (an import, a file opened): shared as an edit.
          const previous = get().map;
          set({ map, ...(exists(map, get().selection) ? {} : { selection: null }) });
          collaboration.applyLocal(previous, map);
          return;
        }
        // A change from outside this editor's history (the host's `value`). The rule: steps that touch
        // a collection whose ids changed order (a record added, removed or moved) are dropped, so undo
        // never lands on another record; the other steps stay undoable.
        dropStepsAddressing(get().map, map);
        answers.reset(map);
        show(map);
      },
      receiveValue(value) {
        const changed = value !== hostValue;
        hostValue = value;
        // Collaborating, the room holds the map: a value of the host's own is shared as an edit; one this
        // editor reported, coming back late (after a newer remote change was shown), is not.
        if (get().collaboration) {
          if (changed && !reported.has(value)) get().setMap(value);
          return;
        }
        controlled = true;
        const shown = get().map;
        if (value === shown) {
          answers.answer(value, shown);
          return;
        }
        const issues = mapIssues(value);
        if (issues) {
          callbacks.onError?.(issues);
          return;
        }
        const answer = answers.answer(value, shown);
        if (!answer) return;
        if (answer.from !== answer.show) dropStepsAddressing(answer.from, answer.show);
        show(answer.show);
      },
      dismissRefusal: () => set({ refusal: null }),
      togglePersona(id) {
        const hidden = get().hiddenPersonaIds;
        set({ hiddenPersonaIds: hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id] });
      },
      focusPersona: (focusedPersonaId) => set({ focusedPersonaId }),
      setReadOnly(readOnly) {
        // Saved while the map still takes edits; each save is one undo step, as if the person had
        // pressed Enter.
        if (readOnly && !get().readOnly) for (const save of [...drafts]) save();
        set({ readOnly, editingCardId: readOnly ? null : get().editingCardId });
      },
      keepDraft(save) {
        drafts.add(save);
        return () => drafts.delete(save);
      },
      setVoting: (voting) => set({ voting }),
      setHostVotes: (hostVotes) => set({ hostVotes }),
      vote(cardId, delta) {
        if (callbacks.onVote) callbacks.onVote(cardId, delta);
        else get().dispatch(voteCard, { id: cardId, delta });
      },
      showShortcuts: (shortcutsOpen) => set({ shortcutsOpen }),
      startRenaming: (renaming) => set({ renaming: renaming && get().readOnly ? null : renaming }),
      reportError: (issues) => callbacks.onError?.(issues),
      connect(adapter) {
        history.clear();
        set({ collaboration: adapter });
        // The room's map is shown. An empty room shows this editor's map until someone seeds it
        // (`joinRoom`'s `initialMap`, or the server's PUT): its map then arrives through subscribe.
        const shared = adapter.getMap();
        if (shared !== undefined && shared !== get().map)
          commit(
            shared,
            roomChange({ origin: "remote", patches: [{ op: "replace", path: [], value: shared }] }),
          );
        set(undoState());
        const stopChanges = adapter.subscribe((map, info) => {
          if (get().collaboration !== adapter || map === get().map) return;
          // Made elsewhere (another participant, or this user's undo): shown like a host's `value`,
          // never recorded in this editor's history, never asked about (it is made already), and the
          // host hears of it.
          commit(map, roomChange(info));
        });
        const stopHistory = adapter.subscribeHistory(() => {
          if (get().collaboration === adapter) set(undoState());
        });
        return () => {
          stopChanges();
          stopHistory();
          if (get().collaboration !== adapter) return;
          groupDepth = 0;
          set({ collaboration: null, canUndo: history.canUndo(), canRedo: history.canRedo() });
        };
      },
    };
  });
  const draftStore = createDraftStore();
  store.subscribe((state, previous) => {
    if (!sameSelection(state.selection, previous.selection)) callbacks.onSelectionChange?.(state.selection);
  });
  draftStore.subscribe((state, previous) => {
    if (state.drafts !== previous.drafts) callbacks.onDraftsChange?.(state.drafts);
  });
  return {
    ...store,
    history,
    drafts: draftStore,
    setCallbacks(next) {
      callbacks = next;
    },
  };
}

/** The same record (or nothing) selected: selecting a card again is no change. */
function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** A change the room made (another participant, or this user's undo / redo through the adapter). */
function roomChange(info: CollaborationChangeInfo | undefined): EditorChange {
  const source = info?.origin ?? "remote";
  return { operation: source, args: null, patches: info?.patches ?? [], source };
}
