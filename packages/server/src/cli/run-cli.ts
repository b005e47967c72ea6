import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUNDLED_APP_DIR } from "../app/serve-app.js";
import { workshopExtension } from "../app/workshop-extension.js";
import { ensurePasscode, writePasscode } from "../passcode/passcode-file.js";
import { generatePasscode } from "../passcode/passcode-hash.js";
import { dataSecret, SECRET_FILE } from "../secret/data-secret.js";
import { type JourneykitServer, startJourneykitServer } from "../server/start-journeykit-server.js";
import { type RoomRole, signRoomToken } from "../tokens/room-token.js";
import { openAddresses, welcomeLines } from "./welcome-lines.js";

/** Where the CLI writes, so tests can read it. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage:
  journeykit-server [--port 4455] [--data ./journeykit-data] [--host 0.0.0.0] [--public-url https://…] [--secret <secret>] [--redis redis://host:6379] [--snapshot-every 300]
  journeykit-server passcode [--data ./journeykit-data]
  journeykit-server token [--secret <secret> | --data ./journeykit-data] --room <room> --name <name> --role edit|view [--facilitator] [--ttl 8h]

The server serves the workshop app on its port and prints the addresses to open. On first start it makes
the facilitator passcode (printed once; JOURNEYKIT_PASSCODE sets your own) and, unless --secret or
JOURNEYKIT_SECRET gives one, a signing secret kept in the data folder.
passcode sets a new facilitator passcode (JOURNEYKIT_PASSCODE, else a new one, printed once); every
browser signed in with the old one signs in again.
--public-url is the address participants' links name (a reverse proxy's https URL).
token prints a room token for scripts and host apps; --facilitator makes an edit token the workshop
facilitator's: it may lock editing and run dot voting.`;

/** A bad command line: the message says which flag. */
class UsageError extends Error {}

/** The secret: `--secret`, else JOURNEYKIT_SECRET, else the one kept in (or made for) the data folder. */
function secretFrom(value: string | undefined, dataDir: string): string {
  return value ?? process.env.JOURNEYKIT_SECRET ?? dataSecret(dataDir);
}

const DEFAULT_DATA = "./journeykit-data";

async function token(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      secret: { type: "string" },
      data: { type: "string", default: DEFAULT_DATA },
      room: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      facilitator: { type: "boolean", default: false },
      ttl: { type: "string", default: "8h" },
    },
  });
  for (const flag of ["room", "name", "role"] as const) {
    if (!values[flag]) throw new UsageError(`--${flag} is required`);
  }
  if (values.role !== "edit" && values.role !== "view")
    throw new UsageError(`--role ${values.role}: expected edit or view`);
  if (values.facilitator && values.role !== "edit")
    throw new UsageError("--facilitator needs --role edit: a facilitator edits the map");
  const claims = {
    room: values.room!,
    name: values.name!,
    role: values.role as RoomRole,
    ...(values.facilitator ? { facilitator: true } : {}),
  };
  const kept = existsSync(join(values.data!, SECRET_FILE));
  if (!values.secret && !process.env.JOURNEYKIT_SECRET && !kept)
    throw new UsageError(
      `no secret: pass --secret (or set JOURNEYKIT_SECRET), or --data of a server that made one (none in ${values.data})`,
    );
  io.out(await signRoomToken(claims, secretFrom(values.secret, values.data!), values.ttl));
}

async function passcode(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({ args, options: { data: { type: "string", default: DEFAULT_DATA } } });
  const chosen = process.env.JOURNEYKIT_PASSCODE?.trim();
  const next = chosen || generatePasscode();
  await writePasscode(values.data!, next);
  io.out(
    chosen
      ? `The facilitator passcode of ${values.data} is now the one in JOURNEYKIT_PASSCODE.`
      : `New facilitator passcode: ${next}  (shown this once)`,
  );
  io.out("Browsers signed in with the old passcode are asked for the new one.");
}

async function serve(args: string[], io: CliOutput): Promise<JourneykitServer> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "4455" },
      host: { type: "string" },
      data: { type: "string", default: DEFAULT_DATA },
      secret: { type: "string" },
      "public-url": { type: "string" },
      redis: { type: "string" },
      "snapshot-every": { type: "string", default: "300" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${values.port}: expected 0-65535`);
  const snapshotEverySeconds = Number(values["snapshot-every"]);
  if (!Number.isFinite(snapshotEverySeconds) || snapshotEverySeconds < 0)
    throw new UsageError(`--snapshot-every ${values["snapshot-every"]}: expected seconds (0 turns it off)`);
  const publicUrl = values["public-url"];
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(publicUrl))
    throw new UsageError(`--public-url ${publicUrl}: expected http(s)://host[:port]`);
  const dataDir = values.data!;
  const secret = secretFrom(values.secret, dataDir);
  const { created } = await ensurePasscode(dataDir, process.env.JOURNEYKIT_PASSCODE);
  const workshop = workshopExtension({
    dataDir,
    secret,
    appDir: BUNDLED_APP_DIR,
    ...(publicUrl ? { publicUrl } : {}),
  });
  const server = await startJourneykitServer({
    port,
    dataDir,
    secret,
    snapshotEverySeconds,
    extensions: [workshop.extension],
    ...(values.host ? { host: values.host } : {}),
    ...(values.redis ? { redis: values.redis } : {}),
  });
  io.out(
    `journeykit-server listening on ${server.url} (ws: ${server.url.replace(/^http/, "ws")}), data in ${dataDir}`,
  );
  const addresses = openAddresses(values.host ?? "0.0.0.0", server.port, publicUrl);
  for (const line of await welcomeLines({
    addresses,
    app: workshop.app !== null,
    passcode: created,
    dataDir,
  }))
    io.out(line);
  return server;
}

/**
 * Run `journeykit-server` with its arguments (without `node` and the script). Returns the exit code, and
 * the running server when it started one.
 */
export async function runCli(
  argv: string[],
  io: CliOutput,
): Promise<{ code: number; server?: JourneykitServer }> {
  try {
    if (argv[0] === "--help" || argv[0] === "-h") {
      io.out(USAGE);
      return { code: 0 };
    }
    if (argv[0] === "token") {
      await token(argv.slice(1), io);
      return { code: 0 };
    }
    if (argv[0] === "passcode") {
      await passcode(argv.slice(1), io);
      return { code: 0 };
    }
    return { code: 0, server: await serve(argv, io) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`journeykit-server: ${message}`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
      io.err(USAGE);
    return { code: 2 };
  }
}
