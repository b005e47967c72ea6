import type { Awareness } from "y-protocols/awareness";
import type { CollaborationPresence, Peer, PresenceState } from "../binding/collaboration-adapter.js";

function isPresence(state: unknown): state is PresenceState {
  const value = state as Partial<PresenceState> | null;
  return typeof value?.name === "string" && typeof value.colour === "string";
}

/**
 * Presence over a Yjs awareness (the provider's, so it travels with the document's connection): this
 * user's name, colour, pointer in map coordinates, selection and focused stage, the stage they present
 * (with "follow me" on or off) and whom they follow, and everyone else's.
 *
 * @example
 * const presence = awarenessPresence(provider.awareness, { name: "Ana", colour: "#e8590c" });
 * presence.setLocal({ pointer: { x: 420, y: 180 } });
 */
export function awarenessPresence(awareness: Awareness, user: PresenceState): CollaborationPresence {
  awareness.setLocalState({
    ...user,
    ...(awareness.getLocalState() ?? {}),
    name: user.name,
    colour: user.colour,
  });
  const peers = (): Peer[] => {
    const out: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId !== awareness.clientID && isPresence(state)) out.push({ ...state, clientId });
    });
    return out.sort((a, b) => a.clientId - b.clientId);
  };
  return {
    setLocal(state) {
      awareness.setLocalState({ ...(awareness.getLocalState() ?? user), ...state });
    },
    getPeers: peers,
    subscribe(listener) {
      const onChange = ({ added, updated, removed }: Record<"added" | "updated" | "removed", number[]>) => {
        const others = [...added, ...updated, ...removed].some((id) => id !== awareness.clientID);
        if (others) listener(peers());
      };
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
  };
}
