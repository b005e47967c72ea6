import {
  applyOperation,
  createHistory,
  type History,
  type Issue,
  type JourneyMap,
  type Operation,
  voteCard,
} from "@journeykit/core";
import { createStore, type StoreApi } from "zustand/vanilla";
import type {
  CollaborationAdapterLike,
  CollaborationChangeInfo,
} from "../collaboration/collaboration-adapter.js";
import { errorMessages } from "../editor/errors.js";
import { createControlledValue } from "./controlled-value.js";
import type { Draft } from "./draft.js";
import { createDraftStore, type DraftsState } from "./draft-store.js";
import { type ChangeRefusal, type ChangeVerdict, type EditorChange, refusalOf } from "./editor-change.js";
import { createFocusTargetSlice, type FocusTarget, type FocusTargetState } from "./focus-target.js";
import { mapIssues, markValid } from "./map-issues.js";
import { recordById } from "./record-index.js";
import { reorderedCollections } from "./reordered-collections.js";
import type { Cell, Selection } from "./selection.js";

/** How an edit enters the undo history: a new step, merged into the last (a drag), or not at all. */
export type DispatchMode = "record" | "merge" | "ignore";

/**
 * The document scope of an editor's state: the map, where its history stands and the room it is shared
 * in. What a host saves and collaborators share.
 */
export interface DocumentState {
  map: JourneyMap;
  canUndo: boolean;
  canRedo: boolean;
  /** The live room this editor shares its edits with, or null (undo then goes to the editor's own history). */
  collaboration: CollaborationAdapterLike | null;
}

/**
 * The session scope of an editor's state: this person's view of the map and what the host's props let
 * them do. Never in the map, never shared, gone with the editor.
 */
export interface SessionState {
  selection: Selection | null;
  /** The cell N adds a card to (follows the selected card or the last clicked cell). */
  focusedCell: Cell | null;
  /** The card whose text is being edited. */
  editingCardId: string | null;
  /** The stage or lane whose name is being edited in place (F2, Enter, or a new stage). */
  renaming: Renaming | null;
  /** The keyboard shortcut sheet (`?`) is open. */
  shortcutsOpen: boolean;
  hiddenPersonaIds: string[];
  focusedPersonaId: string | null;
  /** The last change the host refused in `onBeforeChange`, with its reason (shown until dismissed or the next edit). */
  refusal: ChangeRefusal | null;
  readOnly: boolean;
  voting: boolean;
  /** The host counts votes (`onVote`): the vote button calls it, and shows on a read-only map too. */
  hostVotes: boolean;
  /** Unique to this editor on the page: a prefix for element ids (the ARIA grid's cells and rows). */
  instanceId: string;
}

/** What an editor's store can do: edits, history, view changes, and the host's door (`receiveValue`, `setMap`, `connect`). */
export interface JourneyMapActions {
  /**
   * Run a core operation on the map as one edit: the host's `onBeforeChange` may refuse it; otherwise
   * it is recorded (`mode`), shown and reported through `onChange` with `source` (`"local"` by default;
   * the handle's `apply` says `"host"`). On a read-only editor only `"ignore"` edits are made; others
   * reach `onError`.
   */
  dispatch<A>(operation: Operation<A>, args: A, mode?: DispatchMode, source?: "local" | "host"): void;
  beginGroup(): void;
  endGroup(): void;
  undo(): void;
  redo(): void;
  select(selection: Selection | null): void;
  focusCell(cell: Cell | null): void;
  editCard(id: string | null): void;
  /**
   * Show a map from outside this editor's history (validated first; an invalid one reaches `onError`).
   * While collaborating it is shared with the room as an edit.
   */
  setMap(map: JourneyMap): void;
  /**
   * The controlled host's `value` after a render: shown as it is. Edits shown since its last value
   * that it does not hold leave the screen and the history (it did not take them); a map of its own
   * is a change from outside (see `setMap`). While collaborating the room holds the map: a new value
   * of the host's own is shared as an edit, and one this editor reported, coming back late, is not.
   */
  receiveValue(value: JourneyMap): void;
  /** Hide the refusal notice. */
  dismissRefusal(): void;
  togglePersona(id: string): void;
  focusPersona(id: string | null): void;
  /**
   * Turn editing off or on. Before it turns off, every draft being typed (a card's text, an Inspector
   * field, a header's name) is saved, so a host's lock never throws away what someone was typing.
   */
  setReadOnly(readOnly: boolean): void;
  /** A draft's save, run by `setReadOnly(true)` while the draft is open; returns the unregister. */
  keepDraft(save: () => void): () => void;
  setVoting(voting: boolean): void;
  setHostVotes(hostVotes: boolean): void;
  /** Give a card a dot (+1) or take one back (-1): the host's `onVote` when given, else core's `voteCard`. */
  vote(cardId: string, delta: 1 | -1): void;
  showShortcuts(open: boolean): void;
  /** Start (or, with `null`, end) renaming a stage or lane in place. */
  startRenaming(target: Renaming | null): void;
  /** Tell the host about a problem no edit produced (a paste with nowhere to go), through `onError`. */
  reportError(issues: Issue[]): void;
  /**
   * Share this editor's edits through a collaboration adapter until the returned function is called:
   * the adapter's map is shown (and reported through `onChange` when it differs), every edit is handed
   * to `applyLocal`, changes from elsewhere arrive like a host's `value` (never recorded here), and
   * undo / redo become the adapter's per-user undo. The adapter stays the caller's (never destroyed).
   */
  connect(adapter: CollaborationAdapterLike): () => void;
}

/** The state of one editor instance: its document, its session, and what it can do. */
export interface JourneyMapState extends DocumentState, SessionState, FocusTargetState, JourneyMapActions {}

/** A stage or lane being renamed in place. */
export interface Renaming {
  kind: "stage" | "lane";
  id: string;
}

/** The host's callbacks a store calls. */
export interface JourneyMapStoreCallbacks {
  /** After every change of the map, with the change as data (what, its patches, where it came from). */
  onChange?: ((map: JourneyMap, change: EditorChange) => void) | undefined;
  /** Before every change the editor makes on its own (all but remote ones): `false` or a reason refuses it. */
  onBeforeChange?: ((change: EditorChange) => ChangeVerdict) | undefined;
  /** When what is selected changes (`null`: nothing). */
  onSelectionChange?: ((selection: Selection | null) => void) | undefined;
  onError?: ((issues: Issue[]) => void) | undefined;
  /** The host counts votes: the vote button calls this instead of changing the map. */
  onVote?: ((cardId: string, delta: 1 | -1) => void) | undefined;
  /** With every open draft whenever one is typed into, opened or closed. */
  onDraftsChange?: ((drafts: readonly Draft[]) => void) | undefined;
}

/** What a store starts from, and whom it tells about changes. */
export interface JourneyMapStoreInit extends JourneyMapStoreCallbacks {
  map: JourneyMap;
  /** The host owns the map (`value`): its answer to each edit comes through `receiveValue`. */
  controlled?: boolean;
  readOnly?: boolean;
  voting?: boolean;
  /**
   * The prefix of this editor's element ids. `JourneyMapProvider` passes one made from React's
   * `useId`, the same on the server and in the browser, so server-rendered ids hydrate; a store made
   * without one numbers itself (`jk1`, `jk2`, ...).
   */
  instanceId?: string;
}

/** A per-instance zustand store, with the history and drafts beside its state. */
export interface JourneyMapStore extends StoreApi<JourneyMapState> {
  /** Replace the host's callbacks (`StoreUpdater` does, whenever the host passes new ones). */
  setCallbacks(callbacks: JourneyMapStoreCallbacks): void;
  history: History<FocusTarget | null>;
  /** The text being typed and not on the map yet (its own small store: a keystroke updates only it). */
  drafts: StoreApi<DraftsState>;
}

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
