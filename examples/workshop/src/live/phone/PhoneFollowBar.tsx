import type { CSSProperties } from "react";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import type { Follow } from "../follow/use-follow";

/**
 * Under the stage tabs while the facilitator presents with follow me on, in their colour: "Following
 * Ana" with Stop following (and, while this participant finishes typing a card, where they go next),
 * or once they stopped, "Ana is presenting" with Follow the presenter. A status region, so a screen
 * reader hears when the stage is taken over.
 */
export function PhoneFollowBar({
  follow,
  waitingFor,
}: {
  follow: Follow;
  /** The presenter's stage the phone will go to once the card being typed is added (or closed). */
  waitingFor: string | undefined;
}) {
  const { t } = useWorkshopText();
  const { leader } = follow;
  if (!leader) return null;
  return (
    <div
      className="ws-phone-follow"
      role="status"
      style={{ "--ws-follow-colour": leader.colour } as CSSProperties}
    >
      <span className="ws-phone-follow-dot" aria-hidden="true" />
      <span className="ws-phone-follow-text">
        {follow.following
          ? t("phone.following", { name: leader.name })
          : t("phone.presenting", { name: leader.name })}
        {follow.following && waitingFor !== undefined && (
          <span className="ws-phone-follow-wait"> {t("phone.followAfterCard", { stage: waitingFor })}</span>
        )}
      </span>
      {follow.following ? (
        <button type="button" className="ws-button ws-phone-touch" onClick={follow.stop}>
          {t("phone.stopFollowing")}
        </button>
      ) : (
        <button type="button" className="ws-button ws-button-primary ws-phone-touch" onClick={follow.follow}>
          {t("phone.followPresenter")}
        </button>
      )}
    </div>
  );
}
