import type { Extension } from "@hocuspocus/server";
import { verifyRoomToken } from "./room-token.js";

/**
 * Rooms opened only with signed room tokens, as a Hocuspocus extension: a connection's token is
 * verified for the room it opens (`verifyRoomToken`; a bad, expired or other room's token is refused),
 * its claims become the connection's `context.user` (what the lock, voting and presence read), and a
 * `view` token's connection is read-only (its writes are dropped).
 *
 * @example
 * new Server({ extensions: [roomTokenExtension(process.env.JOURNEYKIT_SECRET!)] });
 */
export function roomTokenExtension(secret: string): Extension {
  return {
    extensionName: "journeykit-room-tokens",
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const claims = await verifyRoomToken(token, secret, documentName);
      if (claims.role === "view") connectionConfig.readOnly = true;
      return { user: claims };
    },
  };
}
