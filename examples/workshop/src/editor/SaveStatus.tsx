import type { LibraryStorage } from "../storage/map-library";
import type { StorageProblem } from "../storage/storage-problem";
import type { SaveState } from "../sync/map-session";

/** The save status in the top bar, in a few words. Never "Saved" for a save that failed or was refused. */
export function saveStatusText(
  save: SaveState,
  problem: StorageProblem | null,
  storage: LibraryStorage,
): string {
  switch (save.kind) {
    case "saved":
      return storage.kind === "memory" ? "Kept in this tab only" : `Saved ${save.at.toLocaleTimeString()}`;
    case "reloaded":
      return `Updated from another tab ${save.at.toLocaleTimeString()}`;
    case "pending":
      return "Saving…";
    case "conflict":
      return "Not saved: conflict";
    case "failed":
      return problem?.kind === "quota"
        ? "Not saved: storage full"
        : `Not saved: ${problem?.message ?? "unknown"}`;
  }
}

export function SaveStatus({
  save,
  problem,
  storage,
}: {
  save: SaveState;
  problem: StorageProblem | null;
  storage: LibraryStorage;
}) {
  return (
    <span className={`ws-save-status ws-save-${save.kind}`} role="status" aria-live="polite">
      {saveStatusText(save, problem, storage)}
    </span>
  );
}
