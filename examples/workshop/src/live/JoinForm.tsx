import { type FormEvent, useState } from "react";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { participantColour } from "./participant-colour";
import type { LiveUser } from "./use-live-room";

const NAME_KEY = "journeykit:live-name";

function rememberedName(fallback: string): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Asks a participant's name before joining (remembered for the next session); the colour follows it. */
export function JoinForm({
  room,
  facilitator,
  onJoin,
}: {
  room: string;
  facilitator: boolean;
  onJoin: (user: LiveUser) => void;
}) {
  const { t } = useWorkshopText();
  const [name, setName] = useState(() => rememberedName(facilitator ? t("live.facilitatorName") : ""));
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    try {
      localStorage.setItem(NAME_KEY, trimmed);
    } catch {
      // Private mode: the name is simply asked again next time.
    }
    onJoin({ name: trimmed, colour: participantColour(trimmed) });
  };
  return (
    <main className="ws-start">
      <form className="ws-live-join-form" onSubmit={submit}>
        <h1>{facilitator ? t("live.joinTitleFacilitator") : t("live.joinTitle")}</h1>
        <p className="ws-live-hint">
          <RichText
            text={t("live.joinRoom", { room: slot("room") })}
            parts={{ room: <strong>{room}</strong> }}
          />
        </p>
        <label className="ws-live-field">
          <span>{t("live.yourName")}</span>
          {/* biome-ignore lint/a11y/noAutofocus: the one field of the page; joining is all it is for */}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoFocus />
        </label>
        <button type="submit" className="ws-button ws-button-primary" disabled={!trimmed}>
          {facilitator ? t("live.openButton") : t("live.joinButton")}
        </button>
      </form>
    </main>
  );
}
