// The baseline of the room bench: Hocuspocus with no extensions and no auth (an echo room: it relays
// and merges Yjs updates, nothing else). Usage: node bench/bare-hocuspocus.mjs <port>
import { Server } from "@hocuspocus/server";

const server = new Server({
  port: Number(process.argv[2]),
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: true,
});
await server.listen();
console.log(`bare hocuspocus listening on ${server.httpURL}`);
