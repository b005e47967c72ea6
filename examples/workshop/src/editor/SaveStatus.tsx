import { formatDate } from "@journeykit/core";
import { isUnsavedDraft } from "@journeykit/react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";
import type { LibraryStorage } from "../storage/map-library";
import type { StorageProblem } from "../storage/storage-problem";
import type { KeptDrafts, SaveState } from "../sync/map-session";
import "./editor.css";

/** What the status says about text typed and not on the map yet, and why (its tooltip). */
function draftStatus(
  drafts: KeptDrafts,
  storage: LibraryStorage,
  { t }: WorkshopText,
): { text: string; title: string } | null {
  if (!drafts.open.some(isUnsavedDraft)) return null;
  const finish = t("save.finish");
  if (drafts.stored && storage.kind === "indexeddb")
    return { text: t("save.draftKept"), title: t("save.draftKeptTitle", { finish }) };
  return { text: t("save.typing"), title: t("save.typingTitle", { finish }) };
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
  text: WorkshopText = englishText,
): string {
  const { t, locale } = text;
  const typing = draftStatus(drafts, storage, text);
  const time = (at: Date) => formatDate(at, { locale, style: "time" });
  switch (save.kind) {
    case "saved":
      if (typing) return typing.text;
      return storage.kind === "memory" ? t("save.memory") : t("save.saved", { time: time(save.at) });
    case "reloaded":
      return typing?.text ?? t("save.reloaded", { time: time(save.at) });
    case "pending":
      return typing ? t("save.typing") : t("save.saving");
    case "conflict":
      return t("save.conflict");
    case "failed":
      return problem?.kind === "quota"
        ? t("save.full")
        : t("save.failed", { reason: problem?.message || t("save.unknown") });
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
  const text = useWorkshopText();
  const typing =
    save.kind === "saved" || save.kind === "reloaded" ? draftStatus(drafts, storage, text) : null;
  return (
    <span
      className={`ws-save-status ws-save-${typing ? "draft" : save.kind}`}
      role="status"
      aria-live="polite"
      {...(typing ? { title: typing.title } : {})}
    >
      {saveStatusText(save, problem, storage, drafts, text)}
    </span>
  );
}
