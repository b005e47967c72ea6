import { quoteCaption, type StageColumn, stageQuotes } from "@journeykit/core";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useLabelOptions } from "../i18n/use-label-options.js";

/**
 * "❝ 3 quotes" in a stage header, where the layout put it (`column.quotes`): a button that opens the
 * customer quotes placed at the stage (`stageQuotes`), each with its caption (`quoteCaption`: tone,
 * the respondent's own rating, the source; never who said it). Enter or a click opens the list and
 * moves focus into it, Escape closes it back onto the button, leaving it (Tab, a click elsewhere)
 * closes it. Keys pressed in the list stay there: Delete does not remove the selected stage.
 */
export function StageQuotes({ column }: { column: StageColumn }) {
  const place = column.quotes;
  const [open, setOpen] = useState(false);
  const { t } = useEditorText();
  const labels = useLabelOptions();
  const dialogId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // The map is read only while the list is open: a closed button re-renders on no edit.
  const map = useJourneyMapStore((s) => (open ? s.map : undefined));
  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);
  if (!place) return null;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Tab") return;
    // The editor's shortcuts act on the selection: none of them is meant for the list.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    }
  };
  const quotes = map ? stageQuotes(map, column.id) : [];
  const label = t("quotes.label", { quotes: place.text, stage: column.name });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: blur only closes the list when focus leaves it; the button is the control
    <div
      className="jk-quotes nodrag nowheel"
      style={{
        left: place.x - column.x,
        top: place.y - column.header.y,
        width: place.width,
        height: place.height,
      }}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="jk-quotes-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-controls={open ? dialogId : undefined}
        aria-label={label}
        title={label}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="jk-quotes-mark" aria-hidden="true">
          ❝
        </span>
        {place.text}
      </button>
      {open && map && (
        <div
          ref={dialog}
          id={dialogId}
          role="dialog"
          aria-labelledby={`${dialogId}-title`}
          tabIndex={-1}
          className="jk-quotes-dialog"
          onKeyDown={onKeyDown}
        >
          <p id={`${dialogId}-title`} className="jk-quotes-title">
            {t("quotes.title", { stage: column.name })}
          </p>
          <ul>
            {quotes.map((quote) => {
              const caption = quoteCaption(map, quote, labels);
              return (
                <li key={quote.id}>
                  <blockquote>{t("quotes.quoted", { text: quote.text })}</blockquote>
                  {caption && <p className="jk-quote-caption">{caption}</p>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
