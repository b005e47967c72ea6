import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef } from "react";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";

/**
 * Typing a new card (or touchpoint) into a lane: a field in 16 px type (iOS does not zoom into it),
 * "Add" (or Enter; Shift+Enter starts a new line) puts it on the map and leaves the field empty for the
 * next one; "Done" closes it (Escape too). The text lives with the caller, so it is kept when the stage
 * changes under it.
 */
export function AddForm({
  label,
  text,
  onText,
  onAdd,
  onClose,
  problem,
  maxLength,
}: {
  /** The field's name: "New card in Pain points". */
  label: string;
  /** The longest text the map takes here (a card's text, a touchpoint's name). */
  maxLength: number;
  text: string;
  onText: (text: string) => void;
  onAdd: (text: string) => void;
  onClose: () => void;
  /** Why the last one could not be added. */
  problem: string | undefined;
}) {
  const { t } = useWorkshopText();
  const field = useRef<HTMLTextAreaElement>(null);
  const problemId = useId();
  useEffect(() => field.current?.focus(), []);
  const add = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (trimmed) onAdd(trimmed);
    field.current?.focus();
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <form className="ws-phone-add-form" aria-label={label} onSubmit={add}>
      <textarea
        ref={field}
        className="ws-phone-field"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        rows={2}
        maxLength={maxLength}
        enterKeyHint="done"
        value={text}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={keys}
      />
      {problem && (
        <p id={problemId} className="ws-phone-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="ws-phone-add-actions">
        <button type="button" className="ws-button ws-phone-touch" onClick={onClose}>
          {t("phone.done")}
        </button>
        <button type="submit" className="ws-button ws-button-primary ws-phone-touch" disabled={!text.trim()}>
          {t("phone.submit")}
        </button>
      </div>
    </form>
  );
}
