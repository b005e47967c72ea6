/** What this browser keeps after the facilitator typed the passcode: the server's session, not the passcode. */
export interface FacilitatorSession {
  session: string;
  expiresAt: string;
}

const KEY = "journeykit:facilitator-session";

/**
 * The facilitator session remembered on this browser (for this server: storage is per origin), or null
 * when there is none or it has expired.
 *
 * @example
 * const remembered = rememberedSession();
 */
export function rememberedSession(now = Date.now()): FacilitatorSession | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<FacilitatorSession> | null;
    if (typeof parsed?.session !== "string" || typeof parsed.expiresAt !== "string") return null;
    if (Date.parse(parsed.expiresAt) <= now) return null;
    return { session: parsed.session, expiresAt: parsed.expiresAt };
  } catch {
    return null;
  }
}

/** Remember the session on this browser (null forgets it: the server refused it, or sign out). */
export function rememberSession(session: FacilitatorSession | null): void {
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode: the passcode is asked again next time.
  }
}
