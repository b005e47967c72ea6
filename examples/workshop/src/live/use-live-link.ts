import { useMemo, useSyncExternalStore } from "react";
import { type LiveLink, parseLiveLink } from "./live-link";
import { ownServerUrl, servedByJourneykitServer } from "./served-by-server";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The live session the URL hash points at (`#/live/<room>?...`), or null on the app's other screens. */
export function useLiveLink(): LiveLink | null {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  // Served by journeykit-server, a link without a server names the server the app came from.
  return useMemo(() => parseLiveLink(hash, servedByJourneykitServer() ? ownServerUrl() : undefined), [hash]);
}
