import type { JourneyMap } from "@journeykit/core";
import type { Draft } from "@journeykit/react";
import type { LibraryStorage, MapLibrary, MapRevision, MapVersion, SaveOutcome } from "./map-library";
import { readStoredDrafts } from "./stored-drafts";
import { readStoredMap, summarizeStoredMaps } from "./stored-map";
import { createWriterId, NO_REVISION } from "./stored-revision";

/**
 * Maps kept only in this tab's memory, for when IndexedDB is missing, blocked or broken: everything
 * works, nothing outlives the tab, and no other tab sees these maps (`watch` never calls). Values are
 * stored as structured clones, as IndexedDB would, so a stored map never changes behind the
 * library's back.
 */
export class MemoryMapLibrary implements MapLibrary {
  readonly storage: LibraryStorage;
  private readonly writer = createWriterId();
  private readonly maps = new Map<string, unknown>();
  private readonly revisions = new Map<string, MapRevision>();
  private readonly drafts = new Map<string, unknown>();
  private seeded = false;

  /** `reason` says why maps are not kept in the browser; the app shows it in its warning. */
  constructor(reason = "maps are kept in memory only") {
    this.storage = { kind: "memory", reason };
  }

  async list() {
    return summarizeStoredMaps(this.maps.entries());
  }

  async load(id: string): Promise<JourneyMap | undefined> {
    return (await this.loadVersion(id))?.map;
  }

  async loadVersion(id: string): Promise<MapVersion | undefined> {
    const value = this.maps.get(id);
    const map = readStoredMap(id, value === undefined ? undefined : structuredClone(value));
    return map && { map, revision: this.revisions.get(id) ?? NO_REVISION };
  }

  async save(map: JourneyMap): Promise<MapRevision> {
    return this.write(map);
  }

  async saveIfUnchanged(map: JourneyMap, expected: number): Promise<SaveOutcome> {
    // No await between the check and the write: concurrent calls cannot both pass the check.
    const current = this.revisions.get(map.id) ?? NO_REVISION;
    if (current.number !== expected) return { ok: false, current };
    return { ok: true, revision: this.write(map) };
  }

  async remove(id: string): Promise<void> {
    this.maps.delete(id);
    this.revisions.delete(id);
    this.drafts.delete(id);
  }

  async loadDrafts(id: string): Promise<Draft[]> {
    return readStoredDrafts(structuredClone(this.drafts.get(id)));
  }

  async saveDrafts(id: string, drafts: readonly Draft[]): Promise<void> {
    if (drafts.length === 0) this.drafts.delete(id);
    else this.drafts.set(id, structuredClone(drafts));
  }

  watch(): () => void {
    return () => {};
  }

  async seed(map: JourneyMap): Promise<boolean> {
    // No await between the check and the write: concurrent calls cannot both pass the check.
    if (this.seeded) return false;
    this.seeded = true;
    if (this.maps.size > 0) return false;
    this.maps.set(map.id, structuredClone(map));
    return true;
  }

  private write(map: JourneyMap): MapRevision {
    const revision = { number: (this.revisions.get(map.id) ?? NO_REVISION).number + 1, writer: this.writer };
    this.maps.set(map.id, structuredClone(map));
    this.revisions.set(map.id, revision);
    return revision;
  }
}
