import type { JourneyMap } from "@journeykit/core";
import { del, entries, get, set, type UseStore } from "idb-keyval";
import type { LibraryStorage, MapLibrary } from "./map-library";
import { readStoredMap, summarizeStoredMaps } from "./stored-map";

const STORE_NAME = "maps";
/** Kept in the maps store beside the maps, so "seeded" and the sample are written in one transaction. */
const SEEDED_KEY = "journeykit-workshop:seeded";

/** Maps in this browser's IndexedDB: they outlive the tab. Open one with `openIndexedDbMapLibrary`. */
export class IndexedDbMapLibrary implements MapLibrary {
  readonly storage: LibraryStorage = { kind: "indexeddb" };
  private readonly store: UseStore;

  constructor(database: IDBDatabase) {
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
    return readStoredMap(id, await get<unknown>(id, this.store));
  }

  async save(map: JourneyMap): Promise<void> {
    await set(map.id, map, this.store);
  }

  async remove(id: string): Promise<void> {
    await del(id, this.store);
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
      request = factory.open(databaseName);
    } catch (error) {
      return fail(`IndexedDB refused to open (${messageOf(error)})`);
    }
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(STORE_NAME)) database.createObjectStore(STORE_NAME);
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
