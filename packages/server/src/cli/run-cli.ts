import { parseArgs } from "node:util";
import { type JourneykitServer, startJourneykitServer } from "../server/start-journeykit-server.js";
import { type RoomRole, signRoomToken } from "../tokens/room-token.js";

/** Where the CLI writes, so tests can read it. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage:
  journeykit-server --port 4455 --data ./data --secret <secret> [--host 0.0.0.0] [--redis redis://host:6379] [--snapshot-every 300]
  journeykit-server token --secret <secret> --room <room> --name <name> --role edit|view [--facilitator] [--ttl 8h]

--facilitator makes an edit token the workshop facilitator's: it may lock editing and run dot voting.
The secret may also come from JOURNEYKIT_SECRET.`;

/** A bad command line: the message says which flag. */
class UsageError extends Error {}

function secretFrom(value: string | undefined): string {
  const secret = value ?? process.env.JOURNEYKIT_SECRET;
  if (!secret) throw new UsageError("--secret is required (or set JOURNEYKIT_SECRET)");
  return secret;
}

async function token(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      secret: { type: "string" },
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
  io.out(await signRoomToken(claims, secretFrom(values.secret), values.ttl));
}

async function serve(args: string[], io: CliOutput): Promise<JourneykitServer> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "4455" },
      host: { type: "string" },
      data: { type: "string", default: "./journeykit-data" },
      secret: { type: "string" },
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
  const server = await startJourneykitServer({
    port,
    dataDir: values.data!,
    secret: secretFrom(values.secret),
    snapshotEverySeconds,
    ...(values.host ? { host: values.host } : {}),
    ...(values.redis ? { redis: values.redis } : {}),
  });
  io.out(
    `journeykit-server listening on ${server.url} (ws: ${server.url.replace(/^http/, "ws")}), data in ${values.data}`,
  );
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
    return { code: 0, server: await serve(argv, io) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`journeykit-server: ${message}`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
      io.err(USAGE);
    return { code: 2 };
  }
}
