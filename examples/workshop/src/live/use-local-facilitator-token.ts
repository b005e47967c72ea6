import { useEffect } from "react";
import { FACILITATOR_TOKEN_PATH } from "./facilitator-token-path";
import { readRoomTokenClaims } from "./room-token-claims";

/**
 * Under `pnpm live`, the facilitator's token for a browser on the facilitator's own machine: calls
 * `use(token)` once it arrives. Anywhere else (a participant's phone, plain `pnpm dev`, a build) the
 * answer is a refusal or the app's own page, which is not a facilitator's token, and nothing happens.
 *
 * @example
 * useLocalFacilitatorToken(!token, (found) => setToken((typed) => typed || found));
 */
export function useLocalFacilitatorToken(wanted: boolean, use: (token: string) => void): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once, when the dialog opens
  useEffect(() => {
    if (!wanted) return;
    const abort = new AbortController();
    fetch(FACILITATOR_TOKEN_PATH, { signal: abort.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.text() : ""))
      .then((text) => {
        const token = text.trim();
        if (readRoomTokenClaims(token).facilitator) use(token);
      })
      .catch(() => {});
    return () => abort.abort();
  }, []);
}
