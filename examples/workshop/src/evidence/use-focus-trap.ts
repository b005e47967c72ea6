import { type RefObject, useEffect, useRef } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal's keyboard contract: focus moves into `root` when it opens (its `[data-autofocus]` element)
 * and back to what had it when it closes (unless focus was sent elsewhere meanwhile); Tab and
 * Shift+Tab cycle inside it, also when focus fell out of it (a control that went away); Escape calls
 * `onEscape`. Listens on the document, so keys pressed with focus nowhere still reach the modal.
 */
export function useFocusTrap(root: RefObject<HTMLElement | null>, onEscape: () => void) {
  const onEscapeRef = useRef(onEscape);
  onEscapeRef.current = onEscape;

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (element.querySelector<HTMLElement>("[data-autofocus]") ?? element).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        onEscapeRef.current();
        return;
      }
      if (event.key !== "Tab") return;
      const items = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (item) => !item.closest("[hidden]"),
      );
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      const inside = !!active && element.contains(active);
      if (!inside || (event.shiftKey && (active === first || active === element))) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      const active = document.activeElement;
      const lost = !active || active === document.body || element.contains(active);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, [root]);
}
