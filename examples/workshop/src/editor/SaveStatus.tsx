import { isUnsavedDraft } from "@journeykit/react";
import type { LibraryStorage } from "../storage/map-library";
import type { StorageProblem } from "../storage/storage-problem";
import type { KeptDrafts, SaveState } from "../sync/map-session";

/** What the status says about text typed and not on the map yet, and why (its tooltip). */
function draftStatus(drafts: KeptDrafts, storage: LibraryStorage): { text: string; title: string } | null {
  if (!drafts.open.some(isUnsavedDraft)) return null;
  const finish = "Press Enter or click elsewhere to put it on the map.";
  if (drafts.stored && storage.kind === "indexeddb")
    return {
      text: "Draft kept",
      title: `What you are typing is kept in this browser, even if it closes. ${finish}`,
    };
  return { text: "Typing…", title: `What you are typing is not on the map yet. ${finish}` };
}

/**
 * The save status in the top bar, in a few words. Never "Saved" for a save that failed or was refused,
 * nor while text typed in the editor is not on the map yet ("Typing…", then "Draft kept" once that
 * text is stored beside the map).
 */
export function saveStatusText(
  save: SaveState,
  problem: StorageProblem | null,
  storage: LibraryStorage,
  drafts: KeptDrafts = { open: [], offered: [], stored: true },
): string {
  const typing = draftStatus(drafts, storage);
  switch (save.kind) {
    case "saved":
      if (typing) return typing.text;
      return storage.kind === "memory" ? "Kept in this tab only" : `Saved ${save.at.toLocaleTimeString()}`;
    case "reloaded":
      return typing?.text ?? `Updated from another tab ${save.at.toLocaleTimeString()}`;
    case "pending":
      return typing ? "Typing…" : "Saving…";
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
  drafts,
}: {
  save: SaveState;
  problem: StorageProblem | null;
  storage: LibraryStorage;
  drafts: KeptDrafts;
}) {
  const typing = save.kind === "saved" || save.kind === "reloaded" ? draftStatus(drafts, storage) : null;
  return (
    <span
      className={`ws-save-status ws-save-${typing ? "draft" : save.kind}`}
      role="status"
      aria-live="polite"
      {...(typing ? { title: typing.title } : {})}
    >
      {saveStatusText(save, problem, storage, drafts)}
    </span>
  );
}
