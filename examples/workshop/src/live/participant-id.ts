const KEY = "journeykit:participant-id";

/**
 * This browser's participant id for dot voting: made once and kept in localStorage, so a reload (or
 * rejoining the room) keeps the same ballot and the same dots. Where storage is unavailable (private
 * mode, blocked), an id for this page only.
 */
export function participantId(storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalStorage()) {
  try {
    const known = storage?.getItem(KEY);
    if (known) return known;
    const made = crypto.randomUUID();
    storage?.setItem(KEY, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

function globalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
