import type { Draft } from "@journeykit/react";
import { useId, useState } from "react";

const RECORD_WORDS: Record<Draft["target"]["kind"], string> = {
  card: "a card",
  stage: "a stage",
  lane: "a lane",
  touchpoint: "a touchpoint",
  persona: "a persona",
  moment: "a moment of truth",
  metric: "a metric",
  emotion: "an emotion point",
  map: "the map",
};

/** Where the text was typed, in words: "a card", "the name of a stage", "Description of a touchpoint". */
export function draftOrigin(draft: Draft): string {
  const record = RECORD_WORDS[draft.target.kind];
  if (draft.place === "canvas") return draft.field === "name" ? `the name of ${record}` : record;
  return `${draft.field} of ${record}`;
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
  const [copied, setCopied] = useState<Draft | null>(null);
  if (drafts.length === 0) return null;
  return (
    <section className="ws-notice ws-notice-conflict ws-offered-drafts" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        <strong id={headingId}>
          {drafts.length === 1 ? "Text you were typing" : `${drafts.length} texts you were typing`} when the
          page closed {drafts.length === 1 ? "has" : "have"} no place on the map any more.
        </strong>{" "}
        <span>Copy what you need, then dismiss it.</span>
        <ul className="ws-offered-list">
          {drafts.map((draft, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: offered drafts only leave the list, never move
            <li key={i}>
              <span className="ws-offered-origin">Typed in {draftOrigin(draft)}:</span>
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
                {copied === draft ? "Copied" : "Copy text"}
              </button>
              <button type="button" className="ws-button" onClick={() => onDismiss(draft)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
