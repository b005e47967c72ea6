import type { IncomingMessage, ServerResponse } from "node:http";
import { networkInterfaces } from "node:os";
import type { Plugin } from "vite";
import { FACILITATOR_TOKEN_PATH } from "../src/live/facilitator-token-path.ts";

/** This machine's own addresses (loopback and every interface), as Node reports a socket's peer. */
export function ownAddresses(): Set<string> {
  const own = new Set(["127.0.0.1", "::1"]);
  for (const list of Object.values(networkInterfaces()))
    for (const { address } of list ?? []) own.add(address);
  for (const address of [...own]) if (address.includes(".")) own.add(`::ffff:${address}`);
  return own;
}

/**
 * Answers the facilitator's token to a browser on this machine, and 403 to anyone else.
 *
 * @example
 * answerFacilitatorToken(request, response, token, ownAddresses());
 */
export function answerFacilitatorToken(
  request: IncomingMessage,
  response: ServerResponse,
  token: string,
  own: Set<string>,
): void {
  response.setHeader("Cache-Control", "no-store");
  if (!own.has(request.socket.remoteAddress ?? "")) {
    response.statusCode = 403;
    response.end("the facilitator's token is given only to a browser on the machine running pnpm live");
    return;
  }
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.end(token);
}

/**
 * `pnpm live` starts the app with the facilitator's token in `JOURNEYKIT_LIVE_FACILITATOR_TOKEN` (not a
 * `VITE_` variable: those are written into the JavaScript every participant's phone downloads). The
 * Start live session dialog fetches it from here, and only a browser on the facilitator's own machine
 * gets it. Without the variable (plain `pnpm dev`, a build) the route does not exist.
 */
export function facilitatorTokenPlugin(): Plugin {
  return {
    name: "journeykit-facilitator-token",
    configureServer(server) {
      const token = process.env.JOURNEYKIT_LIVE_FACILITATOR_TOKEN;
      if (!token) return;
      const own = ownAddresses();
      server.middlewares.use(FACILITATOR_TOKEN_PATH, (request, response) =>
        answerFacilitatorToken(request, response, token, own),
      );
    },
  };
}
