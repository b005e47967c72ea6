import { useEffect, useState, useSyncExternalStore } from "react";
import { MapSession, type MapSessionOptions, type MapSessionState } from "./map-session";

/**
 * One `MapSession` for the life of a map screen: created once (no side effects, so StrictMode's
 * doubled initializer is harmless), connected in an effect, its state followed by React.
 */
export function useMapSession(options: MapSessionOptions): [MapSessionState, MapSession] {
  const [session] = useState(() => new MapSession(options));
  useEffect(() => session.connect(), [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  return [state, session];
}
