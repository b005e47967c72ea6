import type { JourneyMap } from "@journeykit/core";

/** Saves the latest map at most `delay` ms after a change, and never later than `maxWait` ms. */
export interface Autosave {
  /** Note a new version of the map; it is written soon. */
  schedule(map: JourneyMap): void;
  /** Write the pending version now (on pagehide, before navigating away). */
  flush(): Promise<void>;
  /** Stop; pending work is flushed. */
  dispose(): Promise<void>;
}

/** Status a person sees: saved, saving, or the error that stopped the save. */
export type AutosaveStatus =
  | { kind: "saved"; at: Date }
  | { kind: "pending" }
  | { kind: "error"; message: string };

/**
 * Debounced autosave. A crash or a closed tab loses at most `maxWait` ms of work (1 s by default);
 * `pagehide` and `visibilitychange` flush immediately.
 *
 * @example
 * const autosave = createAutosave((map) => library.save(map), setStatus);
 * autosave.schedule(map);
 */
export function createAutosave(
  write: (map: JourneyMap) => Promise<void>,
  onStatus: (status: AutosaveStatus) => void = () => {},
  { delay = 250, maxWait = 1000 }: { delay?: number; maxWait?: number } = {},
): Autosave {
  let pending: JourneyMap | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let writing: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const map = pending;
    pending = undefined;
    if (!map) return writing;
    writing = writing
      .then(() => write(map))
      .then(
        () => onStatus({ kind: "saved", at: new Date() }),
        (error: unknown) => {
          // Keep the unsaved version so the next change or flush retries it.
          pending ??= map;
          onStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
        },
      );
    return writing;
  };

  const onHide = () => {
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") void flush();
  };
  if (typeof window !== "undefined") {
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
  }

  return {
    schedule(map) {
      const now = Date.now();
      if (!pending) firstPendingAt = now;
      pending = map;
      onStatus({ kind: "pending" });
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delay, firstPendingAt + maxWait - now));
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
    async dispose() {
      if (typeof window !== "undefined") {
        window.removeEventListener("pagehide", onHide);
        document.removeEventListener("visibilitychange", onVisibility);
      }
      await flush();
    },
  };
}
