import { useEffect, useState } from "react";

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

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
