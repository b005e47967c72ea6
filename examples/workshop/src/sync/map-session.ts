import type { JourneyMap } from "@journeykit/core";
import type { Draft } from "@journeykit/react";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";
import { type Autosave, createAutosave } from "../storage/autosave";
import type { MapLibrary, MapVersion } from "../storage/map-library";
import { promptBeforeUnload } from "../storage/prompt-before-unload";
import { describeStorageProblem, type StorageProblem } from "../storage/storage-problem";
import type { UnsavedMaps } from "../storage/unsaved-maps";
import { conflictCopy } from "./conflict-copy";
import { decideOnStoredVersion } from "./decide-on-stored-version";

/** What the save status says. Never `saved` for a save that failed or was refused. */
export type SaveState =
  | { kind: "saved"; at: Date }
  /** A newer version stored by another tab is shown (this tab had nothing unsaved). */
  | { kind: "reloaded"; at: Date }
  | { kind: "pending" }
  | { kind: "failed" }
  | { kind: "conflict" };

/** Another tab stored a newer version while this tab had unsaved edits: both are kept until the person chooses. */
export interface Conflict {
  /** The other tab's version, as stored now. */
  theirs: JourneyMap;
  /** A choice is being carried out (the editor is read-only meanwhile). */
  resolving: boolean;
  /** Why the last choice could not be carried out (a full quota); nothing was replaced. */
  problem?: StorageProblem;
}

/** Text typed in the editor and not on the map yet, kept with the autosave. */
export interface KeptDrafts {
  /** The drafts open in the editor now (`onDraftsChange`). */
  open: readonly Draft[];
  /** Drafts from an earlier visit that could not be reopened (their card or field is gone): offered back until dismissed. */
  offered: readonly Draft[];
  /** Whether `open` and `offered`, as they are now, are written to storage. */
  stored: boolean;
}

export interface MapSessionState {
  map: JourneyMap;
  /** Grows when the map is replaced from outside the editor (another tab's version): the editor starts a new undo history. */
  generation: number;
  save: SaveState;
  /** Why the last save failed; cleared by the next save that succeeds. */
  problem: StorageProblem | null;
  conflict: Conflict | null;
  drafts: KeptDrafts;
}

export interface MapSessionOptions {
  library: MapLibrary;
  /** Where work that could not be stored goes when the session closes. */
  unsaved: UnsavedMaps;
  map: JourneyMap;
  /** The stored revision `map` starts from (0: never stored). */
  revision: number;
  /** Whether `map` is what is stored at `revision`; false for work that still has to be stored. */
  stored: boolean;
  /** Why `map` is not stored, when known. */
  problem?: StorageProblem;
  /** The drafts stored with the map when it was last open (to reopen in the editor, or offer back). */
  drafts?: readonly Draft[];
  /** Whether a text field in the editor has focus (the person may be typing an edit). */
  isEditing?: () => boolean;
  delay?: number;
  maxWait?: number;
  /** The app's words: what a conflict's copy is called ("Checkout (other tab)"). English by default. */
  text?: WorkshopText;
}

/**
 * One map open in one tab: autosave as compare-and-set against the revision this tab last loaded or
 * saved, other tabs' saves heard through `library.watch`, and the conflict between them. A newer
 * version from another tab is shown quietly when this tab has nothing unsaved; otherwise a conflict
 * keeps both until the person chooses (`loadTheirs`, `keepMine`), each choice first storing the
 * version it replaces as a copy. Storage work runs one task at a time, so the revision this tab knows
 * always matches what it last wrote.
 *
 * @example
 * const session = new MapSession({ library, unsaved, map, revision: 3, stored: true });
 * const disconnect = session.connect(); // in an effect
 * session.edit(nextMap);
 */
export class MapSession {
  private state: MapSessionState;
  private readonly listeners = new Set<() => void>();
  private readonly library: MapLibrary;
  private readonly unsaved: UnsavedMaps;
  private readonly isEditing: () => boolean;
  private readonly timing: { delay?: number; maxWait?: number };
  /** The revision this tab last loaded or saved. */
  private base: number;
  /** The map as stored at `base` by or for this tab; undefined when the current work was never stored. */
  private saved: JourneyMap | undefined;
  private readonly opened: JourneyMap;
  private savedToFile: JourneyMap | undefined;
  private tasks: Promise<void> = Promise.resolve();
  private autosave: Autosave | undefined;
  /** Grows whenever the drafts change; `storedDrafts` is the change last written. */
  private draftsVersion = 0;
  private storedDrafts = 0;

  private readonly text: WorkshopText;

  /** The version a conflict's choice does not keep in place, as a copy named after where it came from. */
  private copyOf(map: JourneyMap, whose: "conflict.copyMine" | "conflict.copyTheirs"): JourneyMap {
    const { t } = this.text;
    return conflictCopy(map, t(whose), new Date(), t("common.untitled"));
  }

  constructor(options: MapSessionOptions) {
    this.library = options.library;
    this.unsaved = options.unsaved;
    this.isEditing = options.isEditing ?? (() => false);
    this.text = options.text ?? englishText;
    this.timing = { delay: options.delay, maxWait: options.maxWait };
    this.base = options.revision;
    this.saved = options.stored ? options.map : undefined;
    this.opened = options.map;
    this.state = {
      map: options.map,
      generation: 0,
      save: options.stored
        ? { kind: "saved", at: new Date() }
        : { kind: options.problem ? "failed" : "pending" },
      problem: options.problem ?? null,
      conflict: null,
      // Until the editor reopens them, the stored drafts are offered: never overwritten unseen.
      drafts: { open: [], offered: options.drafts ?? [], stored: true },
    };
  }

  getState = (): MapSessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Start saving, listening to other tabs and guarding the page's unload. Returns the matching stop. */
  connect(): () => void {
    const autosave = createAutosave((map) => this.enqueue(() => this.persist(map)), undefined, this.timing);
    this.autosave = autosave;
    const id = this.state.map.id;
    const stopWatching = this.library.watch(id, (revision) => {
      if (revision.number !== this.base) void this.enqueue(() => this.reconcile());
    });
    const stopPrompt = promptBeforeUnload(
      () => this.hasUnsavedWork(),
      () => void autosave.flush(),
    );
    // A message can be missed (a frozen background tab): look again when the tab is shown.
    const onVisible = () => {
      if (document.visibilityState === "visible") void this.enqueue(() => this.reconcile());
    };
    document.addEventListener("visibilitychange", onVisible);
    if ((this.hasUnstoredWork() && !this.state.conflict) || this.draftsVersion !== this.storedDrafts)
      autosave.schedule(this.state.map);

    return () => {
      stopWatching();
      stopPrompt();
      document.removeEventListener("visibilitychange", onVisible);
      if (this.autosave === autosave) this.autosave = undefined;
      // Held at once, so the start screen lists it; released once the last writes stored it.
      if (this.hasUnstoredWork()) this.keepUnsaved();
      const writes = autosave
        .dispose()
        .then(() => this.tasks)
        .then(() => (this.hasUnstoredWork() ? this.keepUnsaved() : this.unsaved.release(id)));
      this.unsaved.closingWrites(id, writes);
    };
  }

  /** The person changed the map in the editor. */
  edit(map: JourneyMap): void {
    if (map === this.state.map) return;
    if (this.state.conflict) {
      // Not saved until the person chooses; the conflict banner says so.
      this.set({ map });
      return;
    }
    this.set({ map, save: { kind: "pending" } });
    this.autosave?.schedule(map);
  }

  /**
   * The editor's open drafts changed (typing, opening, committing): written with the map's autosave,
   * after the map (a commit's map reaches storage before the drafts that no longer hold its text).
   */
  editDrafts(open: readonly Draft[]): void {
    this.setDrafts({ open });
  }

  /**
   * The drafts from an earlier visit were handed to the editor; `notReopened` are those it could not
   * reopen: they stay offered (and stored) until the person dismisses them.
   */
  offerDrafts(notReopened: readonly Draft[]): void {
    this.setDrafts({ offered: notReopened });
  }

  /** The person read an offered draft back and let it go. */
  dismissDraft(draft: Draft): void {
    this.setDrafts({ offered: this.state.drafts.offered.filter((d) => d !== draft) });
  }

  private setDrafts(patch: Partial<Pick<KeptDrafts, "open" | "offered">>) {
    this.draftsVersion++;
    this.set({ drafts: { ...this.state.drafts, ...patch, stored: false } });
    this.autosave?.schedule(this.state.map);
  }

  /** Try the failed save again now (after space was freed). */
  retry(): Promise<void> {
    return this.enqueue(() => this.persist(this.state.map));
  }

  /** The current map was saved to a file: closing the tab needs no prompt until the next edit. */
  markSavedToFile(map: JourneyMap): void {
    this.savedToFile = map;
  }

  /** Edits exist that are not stored (waiting, being written, failed) or a conflict is open. */
  hasUnstoredWork(): boolean {
    return this.state.map !== this.saved || this.state.conflict !== null;
  }

  /**
   * Closing the tab now would lose work: unstored edits or an open conflict, or (maps kept in memory
   * only) any edit; unless this very version was saved to a file.
   */
  hasUnsavedWork(): boolean {
    if (this.state.map === this.savedToFile) return false;
    const inMemoryOnly = this.library.storage.kind === "memory" && this.state.map !== this.opened;
    return this.hasUnstoredWork() || inMemoryOnly;
  }

  /** Conflict choice: show the other tab's version here; this tab's edits are stored first as "… (your version)". */
  loadTheirs(): Promise<void> {
    return this.resolve(async () => {
      const version = await this.library.loadVersion(this.state.map.id);
      if (!version) return this.keepMineOver(undefined); // deleted meanwhile: nothing of theirs to show
      if (this.state.map !== this.saved)
        await this.library.save(this.copyOf(this.state.map, "conflict.copyMine"));
      this.replaceWith(version);
    });
  }

  /** Conflict choice: keep this tab's version here; the other tab's is stored first as "… (other tab)". */
  keepMine(): Promise<void> {
    return this.resolve(async () => this.keepMineOver(await this.library.loadVersion(this.state.map.id)));
  }

  private async keepMineOver(theirs: MapVersion | undefined): Promise<void> {
    if (theirs && theirs.revision.number !== this.base)
      await this.library.save(this.copyOf(theirs.map, "conflict.copyTheirs"));
    const map = this.state.map;
    const outcome = await this.library.saveIfUnchanged(map, theirs?.revision.number ?? 0);
    if (!outcome.ok) {
      // Yet another save came in meanwhile: still a conflict, now with that version.
      const conflict = this.state.conflict;
      if (conflict) this.set({ conflict: { ...conflict, resolving: false } });
      return this.reconcile();
    }
    this.base = outcome.revision.number;
    this.saved = map;
    this.set({ conflict: null, problem: null, save: { kind: "saved", at: new Date() } });
  }

  private resolve(choice: () => Promise<void>): Promise<void> {
    const conflict = this.state.conflict;
    if (!conflict || conflict.resolving) return Promise.resolve();
    this.set({ conflict: { theirs: conflict.theirs, resolving: true } });
    return this.enqueue(async () => {
      try {
        await choice();
      } catch (error) {
        const current = this.state.conflict;
        if (current)
          this.set({ conflict: { ...current, resolving: false, problem: describeStorageProblem(error) } });
      }
    });
  }

  /** Store `map` (when it is new), then the drafts (when they changed). */
  private async persist(map: JourneyMap): Promise<void> {
    await this.persistMap(map);
    await this.persistDrafts();
  }

  private async persistDrafts(): Promise<void> {
    const version = this.draftsVersion;
    if (version === this.storedDrafts) return;
    const { open, offered } = this.state.drafts;
    try {
      await this.library.saveDrafts(this.state.map.id, [...open, ...offered]);
    } catch (error) {
      // Not kept: the status does not say so (stored stays false); the next keystroke tries again.
      console.error("journeykit workshop: the drafts could not be stored", error);
      return;
    }
    this.storedDrafts = version;
    if (this.draftsVersion === version) this.set({ drafts: { ...this.state.drafts, stored: true } });
  }

  /** Store `map` if what is stored is still the revision this tab knows; otherwise find out why not. */
  private async persistMap(map: JourneyMap): Promise<void> {
    if (this.state.conflict || map !== this.state.map || map === this.saved) return;
    let outcome: Awaited<ReturnType<MapLibrary["saveIfUnchanged"]>>;
    try {
      outcome = await this.library.saveIfUnchanged(map, this.base);
    } catch (error) {
      // Kept in this tab: the next edit or "Try again" retries.
      this.set({ save: { kind: "failed" }, problem: describeStorageProblem(error) });
      return;
    }
    if (!outcome.ok) return this.reconcile();
    this.base = outcome.revision.number;
    this.saved = map;
    if (this.state.map === map) this.set({ save: { kind: "saved", at: new Date() }, problem: null });
    else this.set({ problem: null });
  }

  /** Compare what is stored with what this tab knows, and reload, recreate or show a conflict. */
  private async reconcile(): Promise<void> {
    let version: MapVersion | undefined;
    try {
      version = await this.library.loadVersion(this.state.map.id);
    } catch {
      return; // unreadable now: the next save reports the problem
    }
    const decision = decideOnStoredVersion({
      base: this.base,
      stored: version?.revision,
      dirty: this.hasUnstoredWork(),
      editing: this.isEditing(),
    });
    if (decision === "recreate") {
      this.base = 0;
      return this.persist(this.state.map);
    }
    if (!version || decision === "up-to-date") return;
    if (decision === "reload") return this.replaceWith(version);
    const conflict = this.state.conflict;
    this.set({
      save: { kind: "conflict" },
      conflict: {
        theirs: version.map,
        resolving: false,
        ...(conflict?.problem ? { problem: conflict.problem } : {}),
      },
    });
  }

  /** Show a stored version in place of this tab's map (a new undo history). */
  private replaceWith(version: MapVersion) {
    this.base = version.revision.number;
    this.saved = version.map;
    this.set({
      map: version.map,
      generation: this.state.generation + 1,
      save: { kind: "reloaded", at: new Date() },
      problem: null,
      conflict: null,
    });
  }

  private keepUnsaved() {
    this.unsaved.keep({
      map: this.state.map,
      base: this.base,
      ...(this.state.problem ? { problem: this.state.problem } : {}),
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.tasks = this.tasks.then(task).catch((error: unknown) => {
      console.error("journeykit workshop: a storage task failed", error);
    });
    return this.tasks;
  }

  private set(patch: Partial<MapSessionState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
