import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatePasscode, hashPasscode, type PasscodeRecord, verifyPasscode } from "./passcode-hash.js";

/** The file in the data folder that holds the facilitator passcode's hash. */
export const PASSCODE_FILE = "passcode.json";

function isRecord(value: unknown): value is PasscodeRecord {
  const record = value as Partial<PasscodeRecord> | null;
  return (
    record?.kdf === "scrypt" &&
    Number.isInteger(record.N) &&
    Number.isInteger(record.r) &&
    Number.isInteger(record.p) &&
    typeof record.salt === "string" &&
    typeof record.hash === "string" &&
    typeof record.changedAt === "string"
  );
}

/**
 * The passcode record kept in `dataDir`, or null when none is set. Throws when the file is there but
 * is not one (a server must not start without a passcode it can check).
 *
 * @example
 * const record = readPasscode("./journeykit-data");
 */
export function readPasscode(dataDir: string): PasscodeRecord | null {
  const file = join(dataDir, PASSCODE_FILE);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(
      `${file} is not readable JSON: remove it, or set a new passcode with journeykit-server passcode`,
    );
  }
  if (!isRecord(parsed)) throw new Error(`${file} does not hold a passcode hash`);
  return parsed;
}

/**
 * Set the facilitator passcode of `dataDir` (stored hashed, readable by this user only). Every
 * facilitator's remembered session ends with the old passcode.
 *
 * @example
 * await writePasscode("./journeykit-data", "blue-otter-42");
 */
export async function writePasscode(dataDir: string, passcode: string): Promise<PasscodeRecord> {
  const record = await hashPasscode(passcode);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, PASSCODE_FILE);
  const next = `${file}.${process.pid}.tmp`;
  writeFileSync(next, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  renameSync(next, file);
  return record;
}

/**
 * Make sure `dataDir` has a facilitator passcode when the server starts: `fromEnvironment`
 * (`JOURNEYKIT_PASSCODE`) when given (stored if it is not already the one kept), else the one kept,
 * else a new one. Returns the new passcode when one was made (to print once), else null.
 *
 * @example
 * const { created } = await ensurePasscode(dataDir, process.env.JOURNEYKIT_PASSCODE);
 * if (created) console.log(`Facilitator passcode: ${created}`);
 */
export async function ensurePasscode(
  dataDir: string,
  fromEnvironment?: string,
): Promise<{ created: string | null }> {
  const kept = readPasscode(dataDir);
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== "") {
    if (!kept || !(await verifyPasscode(kept, fromEnvironment)))
      await writePasscode(dataDir, fromEnvironment);
    return { created: null };
  }
  if (kept) return { created: null };
  const created = generatePasscode();
  await writePasscode(dataDir, created);
  return { created };
}
