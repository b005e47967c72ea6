import type { Extension } from "@hocuspocus/server";
import { isLocked } from "@journeykit/collab";
import { applyLock, enforceLock, LOCK_ORIGIN } from "./enforce-lock.js";

/**
 * The facilitator's lock as a Hocuspocus extension: each room is held to its lock once loaded
 * (`enforceLock`: only a facilitator's token changes it, anyone else's write is put back with
 * `origin`), and before each message a connection sends, whether it may write follows its token and
 * the lock (`applyLock`). Needs the connection's room token as `context.user` (`roomTokenExtension`).
 *
 * @example
 * new Server({ extensions: [roomTokenExtension(secret), lockExtension()] });
 */
export function lockExtension(origin: unknown = LOCK_ORIGIN): Extension {
  return {
    extensionName: "journeykit-lock",
    async afterLoadDocument({ document }) {
      enforceLock(document, origin);
    },
    async beforeHandleMessage({ connection, document }) {
      applyLock(connection, isLocked(document));
    },
  };
}
