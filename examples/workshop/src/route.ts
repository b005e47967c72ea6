import { useMemo, useSyncExternalStore } from "react";

/** Where the app is: the start screen or one map. Kept in the URL hash so reload returns there. */
export type Route = { screen: "start" } | { screen: "map"; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/map\/(.+)$/.exec(hash);
  return match?.[1] ? { screen: "map", id: decodeURIComponent(match[1]) } : { screen: "start" };
}

export function routeHref(route: Route): string {
  return route.screen === "map" ? `#/map/${encodeURIComponent(route.id)}` : "#/";
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
const currentHash = () => window.location.hash;

/**
 * The current route, following hash changes. Read from the URL on every render, so a render right
 * after `navigate()` already shows the new route (the hashchange event comes later).
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => "");
  return useMemo(() => parseRoute(hash), [hash]);
}
