import type { Draft } from "@journeykit/react";
import { useId, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";
import "./editor.css";

/** Where the text was typed, in words: "a card", "the name of a stage", "description of a touchpoint". */
export function draftOrigin(draft: Draft, { t }: WorkshopText = englishText): string {
  const kind = draft.target.kind;
  if (draft.place === "canvas")
    return t(draft.field === "name" ? `draft.nameOf.${kind}` : `draft.record.${kind}`);
  return t(`draft.fieldOf.${kind}`, { field: draft.field });
}

/**
 * Text typed before the page closed whose card or field is no longer on the map (removed in another
 * tab, or by undo): offered back, to copy where it belongs, until the person dismisses it. It stays
 * stored with the map until then.
 */
export function OfferedDrafts({
  drafts,
  onDismiss,
}: {
  drafts: readonly Draft[];
  onDismiss: (draft: Draft) => void;
}) {
  const headingId = useId();
  const text = useWorkshopText();
  const { t } = text;
  const [copied, setCopied] = useState<Draft | null>(null);
  if (drafts.length === 0) return null;
  return (
    <section className="ws-notice ws-notice-conflict ws-offered-drafts" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        <strong id={headingId}>{t("draft.heading", { count: drafts.length })}</strong>{" "}
        <span>{t("draft.copyWhat")}</span>
        <ul className="ws-offered-list">
          {drafts.map((draft, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: offered drafts only leave the list, never move
            <li key={i}>
              <span className="ws-offered-origin">
                {t("draft.typedIn", { origin: draftOrigin(draft, text) })}
              </span>
              <blockquote className="ws-offered-text">{draft.text}</blockquote>
              <button
                type="button"
                className="ws-button"
                onClick={() =>
                  void navigator.clipboard?.writeText(draft.text).then(
                    () => setCopied(draft),
                    () => setCopied(null),
                  )
                }
              >
                {copied === draft ? t("draft.copied") : t("draft.copy")}
              </button>
              <button type="button" className="ws-button" onClick={() => onDismiss(draft)}>
                {t("common.dismiss")}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
