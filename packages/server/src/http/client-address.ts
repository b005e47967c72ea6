import type { IncomingMessage } from "node:http";

/**
 * The address a request came from, for limits per address: the socket's peer; or, with `trustProxy`
 * (the server sits behind one reverse proxy, such as Caddy, and can be reached only through it), the
 * last address in `X-Forwarded-For`, the one that proxy saw. A client can put anything before it in
 * the header, never that last entry.
 *
 * @example
 * limiter.attempt(clientAddress(request, options.trustProxy));
 */
export function clientAddress(request: IncomingMessage, trustProxy = false): string {
  const peer = request.socket.remoteAddress ?? "unknown";
  if (!trustProxy) return peer;
  const header = request.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? peer;
}
