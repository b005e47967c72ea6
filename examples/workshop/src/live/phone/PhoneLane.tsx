import { type Card, LIMITS } from "@journeykit/core";
import { useEffect, useId, useRef, useState } from "react";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import { AddForm } from "./AddForm";
import { type CardVoting, PhoneCard } from "./PhoneCard";
import type { SheetLane } from "./stage-sheet";

/**
 * One lane of the shown stage: its title as a heading, the stage's touchpoints (in the Touchpoints
 * lane), its cards, and "+ Add" (a card; a touchpoint in the Touchpoints lane, as the editor's N does)
 * where the participant may edit.
 */
export function PhoneLane({
  sheet,
  stageName,
  editable,
  votingOf,
  draft,
  onDraft,
  onAdd,
}: {
  sheet: SheetLane;
  stageName: string;
  editable: boolean;
  /** Dot voting on a card, when it is open and the card takes dots. */
  votingOf: (card: Card) => CardVoting | undefined;
  /** What is being typed into this lane of this stage; undefined while its field is closed. */
  draft: string | undefined;
  onDraft: (text: string | undefined) => void;
  /** Put the text on the map: false when it was refused. */
  onAdd: (text: string) => boolean;
}) {
  const { t } = useWorkshopText();
  const headingId = useId();
  const [refused, setRefused] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Done (or Escape) puts the keyboard back on "+ Add"; a stage change or a lock does not move it.
  const closing = useRef(false);
  useEffect(() => {
    if (draft !== undefined || !closing.current) return;
    closing.current = false;
    addButton.current?.focus();
  }, [draft]);
  const { lane, cards, touchpoints } = sheet;
  const addsTouchpoint = touchpoints !== undefined;
  const title = lane.title || t("phone.unnamedLane");
  const add = (text: string) => {
    const added = onAdd(text);
    setRefused(!added);
    if (added) onDraft("");
  };
  const empty = cards.length === 0 && (touchpoints?.length ?? 0) === 0;
  return (
    <section className="ws-phone-lane" data-lane-kind={lane.kind} aria-labelledby={headingId}>
      <h3 id={headingId} className="ws-phone-lane-title">
        {title}
      </h3>
      {touchpoints && touchpoints.length > 0 && (
        <ul className="ws-phone-touchpoints" aria-label={t("phone.touchpointsOf", { stage: stageName })}>
          {touchpoints.map((touchpoint) => (
            <li key={touchpoint.id} className="ws-phone-touchpoint">
              {touchpoint.name}
            </li>
          ))}
        </ul>
      )}
      {cards.length > 0 && (
        <ul className="ws-phone-cards" aria-label={t("phone.cardsIn", { lane: title })}>
          {cards.map((card) => (
            <PhoneCard key={card.id} card={card} voting={votingOf(card)} />
          ))}
        </ul>
      )}
      {empty && <p className="ws-phone-empty">{t("phone.empty")}</p>}
      {editable &&
        (draft === undefined ? (
          <button
            ref={addButton}
            type="button"
            className="ws-button ws-phone-add ws-phone-touch"
            aria-label={
              addsTouchpoint
                ? t("phone.addTouchpointTo", { stage: stageName })
                : t("phone.addCardTo", { lane: title })
            }
            onClick={() => {
              setRefused(false);
              onDraft("");
            }}
          >
            <span aria-hidden="true">+</span> {addsTouchpoint ? t("phone.addTouchpoint") : t("phone.addCard")}
          </button>
        ) : (
          <AddForm
            label={
              addsTouchpoint
                ? t("phone.newTouchpoint", { stage: stageName })
                : t("phone.newCard", { lane: title })
            }
            maxLength={addsTouchpoint ? LIMITS.maxNameLength : LIMITS.maxTextLength}
            text={draft}
            onText={onDraft}
            onAdd={add}
            onClose={() => {
              closing.current = true;
              onDraft(undefined);
            }}
            problem={refused ? t("phone.refused") : undefined}
          />
        ))}
    </section>
  );
}
