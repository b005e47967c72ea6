import { useEffect, useRef } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";

/** Every keyboard shortcut of the editor, as the keyboard handler understands them. */
export const SHORTCUTS: readonly (readonly [keys: string, what: string])[] = [
  ["Tab", "Into the map (one stop: the last focused cell, card or header), then on to the controls"],
  [
    "Arrow keys",
    "Move in the map: ↑ ↓ along a stage (header, each lane's cell, the touchpoints and cards in it), ← → to the next stage",
  ],
  ["Home / End", "First / last cell of the lane"],
  ["N or Enter (on a cell)", "New card in that cell, ready to type"],
  ["N (on a card)", "New card in the same cell"],
  [
    "N or Enter (on a Touchpoints cell), N (on a touchpoint)",
    "New touchpoint in that stage, its name ready to type in the Inspector (Enter: back to it on the map)",
  ],
  ["Enter or F2 (on a touchpoint)", "Rename it in the Inspector"],
  ["Alt+← / Alt+→ (on a touchpoint)", "Move it to the previous / next stage"],
  ["Alt+↑ / Alt+↓ (on a touchpoint)", "Move it up / down among its stage's touchpoints"],
  ["Enter, F2 or Space (on a card)", "Edit the card's text"],
  ["Enter (while editing)", "Finish and stay on the card (N adds the next); Shift+Enter starts a new line"],
  ["Escape", "Finish editing; from a card or touchpoint, back to its cell"],
  ["Enter or F2 (on a stage or lane header)", "Rename it in place"],
  ["Ctrl/⌘+V (on a cell or card)", "Paste text: one card per line (one undo step)"],
  ["Delete or Backspace", "Delete the selected card, touchpoint, stage or lane"],
  ["Ctrl/⌘+D", "Duplicate the selected card or stage"],
  ["Ctrl/⌘+Z", "Undo (anywhere but in a text field)"],
  ["Ctrl/⌘+Shift+Z or Ctrl/⌘+Y", "Redo"],
  ["↑ ↓ (on an emotion point)", "Change the score; ◎ in the legend picks whose curve you draw"],
  ["?", "Show this list"],
];

/** The shortcut sheet (`?`): a small dialog inside the editor, closed with Escape or its button. */
export function ShortcutSheet() {
  const open = useJourneyMapStore((s) => s.shortcutsOpen);
  const store = useStoreApi();
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
      aria-label="Keyboard shortcuts"
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") hide();
      }}
    >
      <div className="jk-inspector-head">
        <h2>Keyboard shortcuts</h2>
        <button ref={close} type="button" className="jk-button jk-button--small" onClick={hide}>
          Close
        </button>
      </div>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
