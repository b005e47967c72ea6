import type { CollaborationPresence } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { type ReactNode, useState } from "react";
import { LanguageSwitch } from "../../i18n/LanguageSwitch";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import { ThemeToggle } from "../../theme/ThemeToggle";
import { useThemePreference } from "../../theme/theme-preference";
import type { LiveVoting } from "../use-live-voting";
import { PhoneStages } from "./PhoneStages";
import { PhoneVoting } from "./PhoneVoting";
import type { SharedMap } from "./use-shared-map";
import "./phone.css";

/** What a participant may do in the room: edit, only follow and vote (locked), or only watch. */
export type PhoneAccess = "edit" | "locked" | "view";

export interface PhoneViewProps {
  /** The room's map (undefined until the facilitator's map arrives). */
  map: JourneyMap | undefined;
  /** Edits of the room's map, through its collaboration adapter as the desktop editor's (`useSharedMap`). */
  edit: SharedMap["edit"];
  /** Who else is in the room (the presenter to follow). */
  presence: CollaborationPresence;
  voting: LiveVoting;
  access: PhoneAccess;
  /** The connection's status pill. */
  status: ReactNode;
  /** Switch to the full map (the desktop editor). */
  onFullMap: () => void;
}

/**
 * A participant's live workshop on a phone: the map's title, the connection, the theme, the language,
 * "Full map" and Leave at the top; whether editing is locked or the link only watches; their dots; then the map one
 * stage at a time (`PhoneStages`), in 16 px type with thumb-sized buttons: no canvas to pinch-zoom.
 */
export function PhoneView({ map, edit, presence, voting, access, status, onFullMap }: PhoneViewProps) {
  const { t } = useWorkshopText();
  const { preference } = useThemePreference();
  const [announcement, setAnnouncement] = useState("");
  return (
    <div className="ws-phone">
      <header className="ws-phone-header">
        <h1 className="ws-phone-title">{map?.title || t("phone.untitledMap")}</h1>
        <div className="ws-phone-bar">
          {status}
          <ThemeToggle preference={preference} />
          <LanguageSwitch />
          <button
            type="button"
            className="ws-button ws-phone-touch"
            title={t("phone.fullMapTitle")}
            onClick={onFullMap}
          >
            {t("phone.fullMap")}
          </button>
          <a className="ws-button ws-phone-touch" href="#/">
            {t("phone.leave")}
          </a>
        </div>
      </header>
      {access === "locked" && (
        <p className="ws-phone-notice" role="status">
          {t("phone.locked")}
        </p>
      )}
      {access === "view" && (
        <p className="ws-phone-notice" role="status">
          {t("phone.viewOnly")}
        </p>
      )}
      {access !== "view" && <PhoneVoting voting={voting} />}
      <main className="ws-phone-main">
        {map ? (
          <PhoneStages
            map={map}
            edit={edit}
            presence={presence}
            voting={voting}
            editable={access === "edit"}
            canVote={access !== "view" && voting.state.open}
            onAnnounce={setAnnouncement}
          />
        ) : (
          <p className="ws-loading">{t("phone.waiting")}</p>
        )}
      </main>
      <p className="ws-phone-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
