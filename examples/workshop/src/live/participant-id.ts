import { createId } from "@journeykit/core";

const KEY = "journeykit:participant-id";

/**
 * This browser's participant id for dot voting: made once and kept in localStorage, so a reload (or
 * rejoining the room) keeps the same ballot and the same dots. Where storage is unavailable (private
 * mode, blocked), an id for this page only. Made with `crypto.getRandomValues` (through core's
 * `createId`), not `crypto.randomUUID`: participants open the app over plain http on the local network,
 * which is not a secure context, where `randomUUID` does not exist.
 */
export function participantId(storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalStorage()) {
  try {
    const known = storage?.getItem(KEY);
    if (known) return known;
    const made = createId("participant");
    storage?.setItem(KEY, made);
    return made;
  } catch {
    return createId("participant");
  }
}

function globalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
