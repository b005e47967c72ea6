import type { HocuspocusProvider } from "@hocuspocus/provider";

/**
 * Announce this participant's presence (name, colour, pointer) again each time the room has synced
 * after a reconnect. When a connection closes, the server and everyone else drop its presence but
 * remember its clock; the provider then sends the same state with the same clock, which they ignore,
 * so the participant would stay nameless for up to about 15 s (until the awareness renews itself). Setting
 * the state again gives it a new clock. Returns the function that stops it.
 *
 * @example
 * const stop = announceOnReconnect(room.provider);
 */
export function announceOnReconnect(
  provider: Pick<HocuspocusProvider, "awareness" | "on" | "off">,
): () => void {
  const synced = ({ state }: { state: boolean }) => {
    const awareness = provider.awareness;
    const mine = awareness?.getLocalState();
    if (state && awareness && mine) awareness.setLocalState({ ...mine });
  };
  provider.on("synced", synced);
  return () => provider.off("synced", synced);
}
