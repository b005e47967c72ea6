import { useEffect, useRef } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { editorEn } from "../i18n/editor-messages/en.js";

/** The editor's shortcuts, in the order the sheet lists them: each has a `.keys` and a `.what` message. */
const SHORTCUT_IDS = [
  "tab",
  "arrows",
  "homeEnd",
  "cellNew",
  "cardNew",
  "touchpointNew",
  "touchpointRename",
  "touchpointStage",
  "touchpointOrder",
  "cardEdit",
  "editingEnter",
  "escape",
  "headerRename",
  "paste",
  "delete",
  "duplicate",
  "undo",
  "redo",
  "emotion",
  "help",
] as const;

/**
 * Every keyboard shortcut of the editor, as the keyboard handler understands them, in English (the
 * sheet shows them in the editor's language).
 */
export const SHORTCUTS: readonly (readonly [keys: string, what: string])[] = SHORTCUT_IDS.map(
  (id) => [editorEn[`shortcut.${id}.keys`], editorEn[`shortcut.${id}.what`]] as const,
);

/** The shortcut sheet (`?`): a small dialog inside the editor, closed with Escape or its button. */
export function ShortcutSheet() {
  const open = useJourneyMapStore((s) => s.shortcutsOpen);
  const store = useStoreApi();
  const { t } = useEditorText();
  const close = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
  }, [open]);
  if (!open) return null;
  const hide = () => {
    store.getState().showShortcuts(false);
    // Back where the person was, so the next shortcut works at once.
    returnTo.current?.focus();
  };
  return (
    <div
      className="jk-shortcuts"
      role="dialog"
      aria-label={t("shortcuts.title")}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") hide();
      }}
    >
      <div className="jk-inspector-head">
        <h2>{t("shortcuts.title")}</h2>
        <button ref={close} type="button" className="jk-button jk-button--small" onClick={hide}>
          {t("common.close")}
        </button>
      </div>
      <dl>
        {SHORTCUT_IDS.map((id) => (
          <div key={id}>
            <dt>
              <kbd>{t(`shortcut.${id}.keys`)}</kbd>
            </dt>
            <dd>{t(`shortcut.${id}.what`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
