import { useRef } from "react";
import { rename } from "../commands/rename.js";
import { useMergingDraft } from "../fields/use-merging-draft.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useKeepDraft } from "../store/use-keep-draft.js";
import { useReportDraft, useRestoredDraft } from "../store/use-report-draft.js";
import type { GridItem } from "./grid-item.js";

/**
 * The in-place name field of a stage or lane header (Enter/F2 or double-click opens it): Enter or
 * leaving keeps the typed name, Escape keeps the old one; either way focus goes back to the header
 * (unless it left for another element: it stays there).
 * The name being typed is an open draft (`{ target: item, field: "name", place: "canvas" }`), and a
 * restored one opens the field with its text. A new name for it arriving meanwhile (a live room) is
 * merged into what is typed, so both people's words are kept.
 */
export function HeaderRenameInput({
  item,
  current,
  label,
  className,
}: {
  item: Extract<GridItem, { kind: "stage" | "lane" }>;
  current: string;
  label: string;
  className: string;
}) {
  const store = useStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const draftField = { target: { kind: item.kind, id: item.id }, field: "name", place: "canvas" } as const;
  const restored = useRestoredDraft(store, draftField);
  // Another person's rename arriving meanwhile is merged into what is typed (useMergingDraft).
  const draft = useMergingDraft(current, () => restored?.text ?? current, input);
  useReportDraft(store, draftField, draft.base, draft.text, true);
  const end = (keep: boolean, away?: EventTarget | null) => {
    if (!store.getState().renaming) return;
    if (keep) rename(store, item, draft.follow(current));
    else store.getState().startRenaming(null);
    if (!(away instanceof Element)) store.getState().requestFocus(item);
  };
  // A lock arriving while renaming keeps the typed name.
  useKeepDraft(store, true, () => {
    if (store.getState().renaming) rename(store, item, draft.follow(current));
  });
  return (
    <input
      ref={input}
      className={`${className} nodrag`}
      aria-label={label}
      value={draft.text}
      onChange={(event) => draft.setText(event.target.value)}
      {...draft.composition}
      // biome-ignore lint/a11y/noAutofocus: the person asked to rename
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onBlur={(event) => end(true, event.relatedTarget)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") end(true);
        if (event.key === "Escape") end(false);
      }}
    />
  );
}
