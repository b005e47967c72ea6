import type { History, Issue, JourneyMap, Operation } from "@journeykit/core";
import type { StoreApi } from "zustand/vanilla";
import type { CollaborationAdapterLike } from "../collaboration/collaboration-adapter.js";
import type { Draft } from "./draft.js";
import type { DraftsState } from "./draft-store.js";
import type { ChangeRefusal, ChangeVerdict, EditorChange } from "./editor-change.js";
import type { FocusTarget, FocusTargetState } from "./focus-target.js";
import type { Cell, Selection } from "./selection.js";

// The types of an editor's store: its state in two scopes (the document, this person's session) with
// the focus slice and the actions, and the store itself (state, history, drafts, the host's callbacks).

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
