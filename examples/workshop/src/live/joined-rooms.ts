import { participantColour } from "./participant-colour";
import type { LiveUser } from "./use-live-room";

const KEY = "journeykit:live-joined";

type Store = Pick<Storage, "getItem" | "setItem">;

function storage(): Store | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(kept: Store | undefined): Record<string, string> {
  try {
    const parsed = JSON.parse(kept?.getItem(KEY) ?? "{}") as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The name this browser joined `room` under, as the participant it was (its colour follows the name),
 * or null the first time: a participant who reloads or opens the link again is back in the room at
 * once, under the same name.
 *
 * @example
 * const [user, setUser] = useState(() => joinedAs(link.room));
 */
export function joinedAs(room: string, kept: Store | undefined = storage()): LiveUser | null {
  const name = read(kept)[room];
  return typeof name === "string" && name.trim() ? { name, colour: participantColour(name) } : null;
}

/** Remember that this browser joined `room` as `name` (the 20 latest rooms are kept). */
export function rememberJoined(room: string, name: string, kept: Store | undefined = storage()): void {
  const rooms = read(kept);
  delete rooms[room];
  const latest = Object.entries({ ...rooms, [room]: name }).slice(-20);
  try {
    kept?.setItem(KEY, JSON.stringify(Object.fromEntries(latest)));
  } catch {
    // Private mode: the name is asked again after a reload.
  }
}
