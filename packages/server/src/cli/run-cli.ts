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
  journeykit-server [--port 4455] [--data ./journeykit-data] [--host 0.0.0.0] [--public-url https://…] [--trust-proxy] [--secret <secret>] [--redis redis://host:6379] [--snapshot-every 300]
  journeykit-server passcode [--data ./journeykit-data]
  journeykit-server token [--secret <secret> | --data ./journeykit-data] --room <room> --name <name> --role edit|view [--facilitator] [--ttl 8h]
  journeykit-server health [--port 4455] [--host 127.0.0.1]

The server serves the workshop app on its port and prints the addresses to open. On first start it makes
the facilitator passcode (printed once; JOURNEYKIT_PASSCODE sets your own) and, unless --secret or
JOURNEYKIT_SECRET gives one, a signing secret kept in the data folder.
passcode sets a new facilitator passcode (JOURNEYKIT_PASSCODE, else a new one, printed once); every
browser signed in with the old one signs in again.
--public-url is the address participants' links name (a reverse proxy's https URL); --trust-proxy, for a
server reached only through that proxy, limits passcode tries and join codes by the address the proxy
saw (X-Forwarded-For) instead of the proxy's own.
token prints a room token for scripts and host apps; --facilitator makes an edit token the workshop
facilitator's: it may lock editing and run dot voting.
health asks a running server's /health and exits 0 when it answers (a container's health check).
Each flag of the server may come from the environment instead (a container's settings): JOURNEYKIT_PORT,
JOURNEYKIT_HOST, JOURNEYKIT_DATA, JOURNEYKIT_PUBLIC_URL, JOURNEYKIT_REDIS, JOURNEYKIT_TRUST_PROXY=1; a flag
given wins.`;

/** A bad command line: the message says which flag. */
class UsageError extends Error {}

/** The secret: `--secret`, else JOURNEYKIT_SECRET, else the one kept in (or made for) the data folder. */
function secretFrom(value: string | undefined, dataDir: string): string {
  return value ?? fromEnv("JOURNEYKIT_SECRET") ?? dataSecret(dataDir);
}

const DEFAULT_DATA = "./journeykit-data";
const DEFAULT_PORT = "4455";

/** A setting from the environment (a container's `ENV`), or undefined when unset or empty. */
function fromEnv(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** `GET /health` of the server on `--port` (JOURNEYKIT_PORT) at `--host` (127.0.0.1): 0 when it answers ok. */
async function health(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: fromEnv("JOURNEYKIT_PORT") ?? DEFAULT_PORT },
      host: { type: "string", default: "127.0.0.1" },
    },
  });
  const host = values.host!.includes(":") ? `[${values.host}]` : values.host;
  const url = `http://${host}:${values.port}/health`;
  try {
    const answer = await fetch(url, { signal: AbortSignal.timeout(4000) });
    const body = (await answer.json().catch(() => null)) as { ok?: unknown } | null;
    if (answer.ok && body?.ok === true) {
      io.out(`ok: ${url}`);
      return 0;
    }
    io.err(`journeykit-server: ${url} answered ${answer.status}`);
  } catch (error) {
    io.err(
      `journeykit-server: ${url} does not answer (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return 1;
}

async function token(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      secret: { type: "string" },
      data: { type: "string", default: fromEnv("JOURNEYKIT_DATA") ?? DEFAULT_DATA },
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
  if (!values.secret && !fromEnv("JOURNEYKIT_SECRET") && !kept)
    throw new UsageError(
      `no secret: pass --secret (or set JOURNEYKIT_SECRET), or --data of a server that made one (none in ${values.data})`,
    );
  io.out(await signRoomToken(claims, secretFrom(values.secret, values.data!), values.ttl));
}

async function passcode(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: "string", default: fromEnv("JOURNEYKIT_DATA") ?? DEFAULT_DATA } },
  });
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

/** A parseArgs default only when there is one (strict TS: no `default: undefined`). */
const optional = (value: string | undefined) => (value === undefined ? {} : { default: value });

async function serve(args: string[], io: CliOutput): Promise<JourneykitServer> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: fromEnv("JOURNEYKIT_PORT") ?? DEFAULT_PORT },
      host: { type: "string", ...optional(fromEnv("JOURNEYKIT_HOST")) },
      data: { type: "string", default: fromEnv("JOURNEYKIT_DATA") ?? DEFAULT_DATA },
      secret: { type: "string" },
      "public-url": { type: "string", ...optional(fromEnv("JOURNEYKIT_PUBLIC_URL")) },
      redis: { type: "string", ...optional(fromEnv("JOURNEYKIT_REDIS")) },
      "snapshot-every": { type: "string", default: "300" },
      "trust-proxy": {
        type: "boolean",
        default: /^(1|true|yes)$/i.test(fromEnv("JOURNEYKIT_TRUST_PROXY") ?? ""),
      },
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
  // Instances behind Redis check each other's tokens: a secret each made for itself would refuse them.
  if (values.redis && !values.secret && !fromEnv("JOURNEYKIT_SECRET"))
    throw new UsageError(
      "--redis needs the same --secret (or JOURNEYKIT_SECRET) on every instance: each checks the others' tokens",
    );
  const secret = secretFrom(values.secret, dataDir);
  const { created } = await ensurePasscode(dataDir, process.env.JOURNEYKIT_PASSCODE);
  const workshop = workshopExtension({
    dataDir,
    secret,
    appDir: BUNDLED_APP_DIR,
    ...(publicUrl ? { publicUrl } : {}),
    trustProxy: values["trust-proxy"] === true,
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
    if (argv[0] === "health") return { code: await health(argv.slice(1), io) };
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
