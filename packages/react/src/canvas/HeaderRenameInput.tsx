import { useRef } from "react";
import { rename } from "../commands/rename.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useKeepDraft } from "../store/use-keep-draft.js";
import { focusGridItem } from "./focus-grid-item.js";
import type { GridItem } from "./grid-item.js";

/**
 * The in-place name field of a stage or lane header (Enter/F2 or double-click opens it): Enter or
 * leaving keeps the typed name, Escape keeps the old one; either way focus goes back to the header.
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
  const end = (keep: boolean) => {
    if (!store.getState().renaming) return;
    if (keep) rename(store, item, input.current?.value ?? current);
    else store.getState().startRenaming(null);
    focusGridItem(input.current?.closest(".jk-root"), item, true);
  };
  // A lock arriving while renaming keeps the typed name.
  useKeepDraft(store, true, () => {
    if (store.getState().renaming) rename(store, item, input.current?.value ?? current);
  });
  return (
    <input
      ref={input}
      className={`${className} nodrag`}
      aria-label={label}
      defaultValue={current}
      // biome-ignore lint/a11y/noAutofocus: the person asked to rename
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onBlur={() => end(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") end(true);
        if (event.key === "Escape") end(false);
      }}
    />
  );
}
