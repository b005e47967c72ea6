import type { JourneyMap } from "@journeykit/core";
import type { Draft } from "@journeykit/react";
import { entries, type UseStore } from "idb-keyval";
import { announceSaved, listenForSaves } from "../sync/map-channel";
import type { LibraryStorage, MapLibrary, MapRevision, MapVersion, SaveOutcome } from "./map-library";
import { readStoredDrafts } from "./stored-drafts";
import { readStoredMap, summarizeStoredMaps } from "./stored-map";
import { createWriterId, readStoredRevision } from "./stored-revision";

const STORE_NAME = "maps";
/** Revision stamps, keyed by map id: beside the maps, never inside the documents. */
const REVISIONS = "revisions";
/** The text being typed on each map, keyed by map id: beside the maps, never inside the documents. */
const DRAFTS = "drafts";
/** Version 2 added the revisions store, version 3 the drafts store. */
const DATABASE_VERSION = 3;
/** Kept in the maps store beside the maps, so "seeded" and the sample are written in one transaction. */
const SEEDED_KEY = "journeykit-workshop:seeded";

/** Maps in this browser's IndexedDB: they outlive the tab. Open one with `openIndexedDbMapLibrary`. */
export class IndexedDbMapLibrary implements MapLibrary {
  readonly storage: LibraryStorage = { kind: "indexeddb" };
  /** This tab's writer id, stored with every revision it writes (one library per tab). */
  readonly writer = createWriterId();
  private readonly store: UseStore;

  constructor(private readonly database: IDBDatabase) {
    this.store = (mode, callback) =>
      Promise.resolve().then(() => callback(database.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
  }

  async list() {
    const stored = await entries<IDBValidKey, unknown>(this.store);
    return summarizeStoredMaps(
      stored.filter(([key]) => key !== SEEDED_KEY).map(([key, value]) => [String(key), value] as const),
    );
  }

  async load(id: string): Promise<JourneyMap | undefined> {
    return (await this.loadVersion(id))?.map;
  }

  async loadVersion(id: string): Promise<MapVersion | undefined> {
    const [value, revision] = await this.transact<readonly [unknown, MapRevision]>(
      "readonly",
      ({ maps, revisions }, step, done) => {
        const map = maps.get(id);
        const stamp = revisions.get(id);
        // Requests in one transaction succeed in order: the map is read when its stamp is.
        stamp.onsuccess = step(() => done([map.result, readStoredRevision(stamp.result)]));
      },
    );
    const map = readStoredMap(id, value);
    return map && { map, revision };
  }

  async save(map: JourneyMap): Promise<MapRevision> {
    const revision = await this.transact<MapRevision>("readwrite", ({ maps, revisions }, step, done) => {
      const stamp = revisions.get(map.id);
      stamp.onsuccess = step(() => {
        const next = { number: readStoredRevision(stamp.result).number + 1, writer: this.writer };
        maps.put(map, map.id);
        revisions.put(next, map.id);
        done(next);
      });
    });
    announceSaved(map.id, revision);
    return revision;
  }

  async saveIfUnchanged(map: JourneyMap, expected: number): Promise<SaveOutcome> {
    const outcome = await this.transact<SaveOutcome>("readwrite", ({ maps, revisions }, step, done) => {
      // Check and write in one readwrite transaction: IndexedDB runs overlapping readwrite
      // transactions on the same stores one after the other, across tabs too, so two tabs that
      // expect the same revision cannot both pass the check.
      const stamp = revisions.get(map.id);
      stamp.onsuccess = step(() => {
        const current = readStoredRevision(stamp.result);
        if (current.number !== expected) return done({ ok: false, current });
        const next = { number: expected + 1, writer: this.writer };
        maps.put(map, map.id);
        revisions.put(next, map.id);
        done({ ok: true, revision: next });
      });
    });
    if (outcome.ok) announceSaved(map.id, outcome.revision);
    return outcome;
  }

  async remove(id: string): Promise<void> {
    await this.transact<void>("readwrite", ({ maps, revisions }, _step, done) => {
      maps.delete(id);
      revisions.delete(id);
      done();
    });
    await this.saveDrafts(id, []);
  }

  async loadDrafts(id: string): Promise<Draft[]> {
    const value = await this.request<unknown>("readonly", (drafts) => drafts.get(id));
    return readStoredDrafts(value);
  }

  async saveDrafts(id: string, drafts: readonly Draft[]): Promise<void> {
    await this.request("readwrite", (store) =>
      drafts.length === 0 ? store.delete(id) : store.put(drafts, id),
    );
  }

  /** One request on the drafts store, resolved once its transaction has committed (durable). */
  private request<T>(mode: IDBTransactionMode, make: (drafts: IDBObjectStore) => IDBRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let transaction: IDBTransaction;
      let request: IDBRequest;
      try {
        transaction = this.database.transaction(DRAFTS, mode);
        request = make(transaction.objectStore(DRAFTS));
      } catch (error) {
        return reject(error);
      }
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onabort = () =>
        reject(transaction.error ?? new Error("The storage transaction was aborted"));
    });
  }

  watch(id: string, listener: (revision: MapRevision) => void): () => void {
    return listenForSaves(id, this.writer, listener);
  }

  seed(map: JourneyMap): Promise<boolean> {
    return this.store(
      "readwrite",
      (store) =>
        new Promise<boolean>((resolve, reject) => {
          // One readwrite transaction: IndexedDB runs overlapping ones on the same store one after
          // the other, so a second start (StrictMode, another tab) sees the first one's marker.
          let stored = false;
          const transaction = store.transaction;
          transaction.oncomplete = () => resolve(stored);
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error ?? new Error("Seeding was aborted"));
          const marker = store.get(SEEDED_KEY);
          marker.onsuccess = () => {
            if (marker.result !== undefined) return;
            const count = store.count();
            count.onsuccess = () => {
              store.put(true, SEEDED_KEY);
              if (count.result > 0) return; // maps from before the marker existed: not a first visit
              store.put(map, map.id);
              stored = true;
            };
          };
        }),
    );
  }

  /**
   * Run `work` in one transaction over the maps and their revisions. `work` issues its requests,
   * wraps its success handlers in `step`, and calls `done(result)`. Resolves with the result once the
   * transaction has committed, so a write is reported only when it is durable. Rejects with the
   * storage error when a request throws (a `QuotaExceededError` from `put`) or the transaction aborts
   * (a full quota at commit); then nothing of it was written.
   */
  private transact<T>(
    mode: IDBTransactionMode,
    work: (
      stores: { maps: IDBObjectStore; revisions: IDBObjectStore },
      step: (handler: () => void) => () => void,
      done: (result: T) => void,
    ) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let result: { value: T } | undefined;
      let thrown: { error: unknown } | undefined;
      let transaction: IDBTransaction;
      const step = (handler: () => void) => () => {
        try {
          handler();
        } catch (error) {
          thrown = { error };
          try {
            transaction.abort();
          } catch {
            // Already finished: onabort or oncomplete reports it.
          }
        }
      };
      try {
        transaction = this.database.transaction([STORE_NAME, REVISIONS], mode);
      } catch (error) {
        return reject(error);
      }
      transaction.oncomplete = () =>
        result ? resolve(result.value) : reject(new Error("The storage transaction ended without a result"));
      transaction.onabort = () =>
        reject(
          thrown ? thrown.error : (transaction.error ?? new Error("The storage transaction was aborted")),
        );
      step(() =>
        work(
          { maps: transaction.objectStore(STORE_NAME), revisions: transaction.objectStore(REVISIONS) },
          step,
          (value) => {
            result = { value };
          },
        ),
      )();
    });
  }
}

/** Why IndexedDB could not be used, in words a person can act on. */
export class IndexedDbUnavailableError extends Error {
  override name = "IndexedDbUnavailableError";
}

/**
 * Open the workshop's IndexedDB database and check that it answers a read. Rejects with an
 * `IndexedDbUnavailableError` when IndexedDB is missing, throws (SecurityError in a locked-down
 * browser), reports an error, or does not answer within `timeoutMs` (a blocked or hung open).
 */
export function openIndexedDbMapLibrary({
  databaseName = "journeykit-workshop",
  timeoutMs = 3000,
}: {
  databaseName?: string;
  timeoutMs?: number;
} = {}): Promise<IndexedDbMapLibrary> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let blocked = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new IndexedDbUnavailableError(reason));
    };
    const timer = setTimeout(
      () =>
        fail(
          blocked
            ? `IndexedDB is blocked by another tab and did not open within ${timeoutMs / 1000} s`
            : `IndexedDB did not answer within ${timeoutMs / 1000} s`,
        ),
      timeoutMs,
    );

    let request: IDBOpenDBRequest;
    try {
      const factory: IDBFactory | undefined = globalThis.indexedDB;
      if (!factory) return fail("this browser offers no IndexedDB");
      request = factory.open(databaseName, DATABASE_VERSION);
    } catch (error) {
      return fail(`IndexedDB refused to open (${messageOf(error)})`);
    }
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(STORE_NAME)) database.createObjectStore(STORE_NAME);
      if (!database.objectStoreNames.contains(REVISIONS)) database.createObjectStore(REVISIONS);
      if (!database.objectStoreNames.contains(DRAFTS)) database.createObjectStore(DRAFTS);
    };
    request.onblocked = () => {
      blocked = true;
    };
    request.onerror = (event) => {
      event.preventDefault();
      fail(`IndexedDB failed to open (${messageOf(request.error)})`);
    };
    request.onsuccess = () => {
      const database = request.result;
      if (settled) return database.close(); // answered after the timeout: the app went on without it
      // Let another tab upgrade the database instead of being blocked by this one.
      database.onversionchange = () => database.close();
      try {
        const probe = database.transaction(STORE_NAME, "readonly").objectStore(STORE_NAME).count();
        probe.onsuccess = () => {
          if (settled) return database.close();
          settled = true;
          clearTimeout(timer);
          resolve(new IndexedDbMapLibrary(database));
        };
        probe.onerror = () => {
          database.close();
          fail(`IndexedDB opened but cannot be read (${messageOf(probe.error)})`);
        };
      } catch (error) {
        database.close();
        fail(`IndexedDB opened but cannot be read (${messageOf(error)})`);
      }
    };
  });
}

function messageOf(error: unknown): string {
  if (error === null || error === undefined) return "no reason given";
  // DOMException is not an Error in every environment: read its name and message either way.
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (typeof message !== "string") return String(error);
  // Browser messages end with a full stop; they are quoted inside a sentence here.
  const text = message.replace(/\.$/, "");
  return typeof name === "string" && name !== "Error" ? `${name}: ${text}` : text;
}
