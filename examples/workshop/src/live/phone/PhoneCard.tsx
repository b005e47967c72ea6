import { type Card, coreTranslator } from "@journeykit/core";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";

/** Dot voting as one card offers it: this participant's dots on it, and giving or taking one back. */
export interface CardVoting {
  /** Dots this participant has on the card. */
  mine: number;
  vote(delta: 1 | -1): void;
}

/**
 * A card in a lane's list: its text as typed (line breaks kept), the room's votes in core's words, and
 * while dot voting is open on a votable card, "+ Dot" and "−" big enough for a thumb.
 */
export function PhoneCard({ card, voting }: { card: Card; voting: CardVoting | undefined }) {
  const { t, labels } = useWorkshopText();
  const votes = card.votes ?? 0;
  return (
    <li
      className="ws-phone-card"
      data-card-id={card.id}
      style={card.color ? { background: card.color } : undefined}
    >
      <p className="ws-phone-card-text">{card.text || t("phone.emptyCard")}</p>
      {(votes > 0 || voting) && (
        <div className="ws-phone-card-votes">
          {votes > 0 && (
            <span className="ws-phone-votes">
              ● {coreTranslator(labels).t("card.votes", { count: votes })}
            </span>
          )}
          {voting && (
            <span className="ws-phone-vote">
              {voting.mine > 0 && (
                <>
                  <span className="ws-phone-mine">{t("phone.mine", { count: voting.mine })}</span>
                  <button
                    type="button"
                    className="ws-button ws-phone-touch"
                    aria-label={t("phone.takeDot", { card: card.text })}
                    onClick={() => voting.vote(-1)}
                  >
                    −
                  </button>
                </>
              )}
              <button
                type="button"
                className="ws-button ws-button-primary ws-phone-touch"
                aria-label={t("phone.giveDot", { card: card.text })}
                onClick={() => voting.vote(1)}
              >
                {t("phone.dot")}
              </button>
            </span>
          )}
        </div>
      )}
    </li>
  );
}
