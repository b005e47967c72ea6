#!/usr/bin/env node
// `pnpm live`: a live workshop on this machine's network. Starts journeykit-server (rooms in
// .journeykit-live/, a secret generated once and kept there) and the workshop app on every network
// interface, then prints the facilitator's link (its token alone locks editing and runs voting) and
// the participants' link.
//   pnpm live [--room workshop] [--port 1234] [--app-port 5173]
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    room: { type: "string", default: "workshop" },
    port: { type: "string", default: "1234" },
    "app-port": { type: "string", default: "5173" },
  },
});
if (!/^[A-Za-z0-9_-]{1,100}$/.test(values.room)) {
  console.error(`--room ${values.room}: use 1-100 letters, digits, "-" or "_"`);
  process.exit(2);
}

/** The first IPv4 address other devices on the network can reach this machine at. */
function lanAddress() {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return "127.0.0.1";
}

const dataDir = join(root, ".journeykit-live");
mkdirSync(dataDir, { recursive: true });
const secretFile = join(dataDir, "secret");
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const secret = readFileSync(secretFile, "utf8").trim();

const serverBin = join(root, "packages/server/dist/bin.js");
if (!existsSync(serverBin)) {
  console.log("Building journeykit-server (first run)…");
  const built = spawnSync("pnpm", ["--filter", "@journeykit/server...", "build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { signRoomToken } = await import(join(root, "packages/server/dist/index.js"));
// The facilitator's token locks editing and runs dot voting; the participants' only edits and votes.
// Both end at the same time.
const expires = Math.floor(Date.now() / 1000) + 12 * 3600;
const room = values.room;
const facilitatorToken = await signRoomToken(
  { room, name: "facilitator", role: "edit", facilitator: true },
  secret,
  expires,
);
const participantToken = await signRoomToken({ room, name: "participant", role: "edit" }, secret, expires);

const host = lanAddress();
const wsUrl = `ws://${host}:${values.port}`;
const appOrigin = `http://${host}:${values["app-port"]}`;
const linkHash = (token) =>
  `#/live/${encodeURIComponent(room)}?${new URLSearchParams({ server: wsUrl, token })}`;

const children = [];
const stop = (code = 0) => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
};
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const server = spawn(
  process.execPath,
  [serverBin, "--port", values.port, "--host", "0.0.0.0", "--data", dataDir],
  { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, JOURNEYKIT_SECRET: secret } },
);
children.push(server);
server.once("exit", (code) => {
  console.error(`journeykit-server stopped (${code})`);
  stop(code ?? 1);
});

const app = spawn(
  "pnpm",
  [
    "--filter",
    "@journeykit/workshop",
    "exec",
    "vite",
    "--host",
    "0.0.0.0",
    "--port",
    values["app-port"],
    "--strictPort",
  ],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      VITE_JOURNEYKIT_SERVER: wsUrl,
      VITE_JOURNEYKIT_ROOM: values.room,
      // Not a VITE_ variable: those are written into the JavaScript every participant downloads. The
      // dev server hands it only to a browser on this machine (examples/workshop/dev/).
      JOURNEYKIT_LIVE_FACILITATOR_TOKEN: facilitatorToken,
      VITE_JOURNEYKIT_PUBLIC_ORIGIN: appOrigin,
    },
  },
);
children.push(app);
app.once("exit", (code) => stop(code ?? 1));

console.log(`
journeykit live workshop: room "${values.room}", server ${wsUrl}, rooms kept in ${dataDir}

  Facilitator (open this, or open a map and press "● Live" in its top bar):
    ${appOrigin}/${linkHash(facilitatorToken)}

  Participants (the facilitator's Invite button shows it as a QR code):
    ${appOrigin}/${linkHash(participantToken)}

  Both links are valid 12 hours. Keep the facilitator's to yourself: it alone can lock editing and run
  dot voting. Share the participants' only with the room.
  Ctrl+C stops the server and the app.
`);
