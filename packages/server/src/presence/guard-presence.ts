import type { beforeHandleAwarenessPayload } from "@hocuspocus/server";
import { connectionClaims } from "../lock/enforce-lock.js";
import { presenceFor } from "./presence-policy.js";

/**
 * Hold every participant's presence (the Yjs awareness update they send) to their token before the
 * server applies and relays it: fields their role may not send are dropped and the facilitator is
 * marked (`presenceFor`), and a state for a client id another connection of the room already uses is
 * dropped (no one speaks for someone else's presence). Updates that come from no connection (Redis:
 * another instance guarded them) pass as they are. Use it as the `beforeHandleAwareness` hook.
 *
 * @example
 * new Server({ async beforeHandleAwareness(payload) { guardPresence(payload); } });
 */
export function guardPresence({ connection, document, states }: beforeHandleAwarenessPayload): void {
  if (!connection) return;
  const claims = connectionClaims(connection);
  const others = document.getConnections().filter((other) => other !== connection);
  for (const [clientId, state] of states) {
    const allowed = presenceFor(state, claims);
    if (allowed === undefined || others.some((other) => document.getClients(other).has(clientId)))
      states.delete(clientId);
    else states.set(clientId, allowed);
  }
}
