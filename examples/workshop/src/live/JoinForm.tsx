import { type FormEvent, useState } from "react";
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
  const [name, setName] = useState(() => rememberedName(facilitator ? "Facilitator" : ""));
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
        <h1>{facilitator ? "Open the live session" : "Join the live workshop"}</h1>
        <p className="ws-live-hint">
          Room <strong>{room}</strong>. Everyone sees your pointer and your edits under this name.
        </p>
        <label className="ws-live-field">
          <span>Your name</span>
          {/* biome-ignore lint/a11y/noAutofocus: the one field of the page; joining is all it is for */}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoFocus />
        </label>
        <button type="submit" className="ws-button ws-button-primary" disabled={!trimmed}>
          {facilitator ? "Open" : "Join"}
        </button>
      </form>
    </main>
  );
}
