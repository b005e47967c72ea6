import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/** A facilitator passcode as the server keeps it: never the passcode, only its scrypt hash. */
export interface PasscodeRecord {
  kdf: "scrypt";
  /** scrypt cost parameters, kept with the hash so a later version can raise them. */
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64, 32 bytes */
  hash: string;
  /** ISO 8601: when it was set (a change ends every facilitator's remembered session). */
  changedAt: string;
}

/** The shortest passcode a person may choose (a generated one is longer). */
export const MIN_PASSCODE_LENGTH = 8;

/** scrypt with N = 2^15, r = 8: 32 MiB and tens of milliseconds per try; the rate limit does the rest. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(passcode: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(passcode.normalize("NFC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * Hash a passcode for storage (scrypt, a fresh 16-byte salt). Throws when it is shorter than
 * `MIN_PASSCODE_LENGTH` characters.
 *
 * @example
 * const record = await hashPasscode("blue-otter-42");
 */
export async function hashPasscode(passcode: string, now = new Date()): Promise<PasscodeRecord> {
  const trimmed = passcode.trim();
  if (trimmed.length < MIN_PASSCODE_LENGTH)
    throw new Error(`a passcode needs at least ${MIN_PASSCODE_LENGTH} characters`);
  const salt = randomBytes(16);
  const hash = await derive(trimmed, salt, COST);
  return {
    kdf: "scrypt",
    ...COST,
    salt: salt.toString("base64"),
    hash: hash.toString("base64"),
    changedAt: now.toISOString(),
  };
}

/**
 * Whether `candidate` is the passcode `record` was made from (constant-time comparison; spaces around
 * it are ignored, as a person pastes them).
 *
 * @example
 * if (await verifyPasscode(record, typed)) issueSession();
 */
export async function verifyPasscode(record: PasscodeRecord, candidate: string): Promise<boolean> {
  if (typeof candidate !== "string" || candidate.length > 1024) return false;
  const expected = Buffer.from(record.hash, "base64");
  const actual = await derive(candidate.trim(), Buffer.from(record.salt, "base64"), record);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Letters and digits a person cannot confuse when reading them off a terminal (no 0/o, 1/l/i). */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A new passcode to print once: three groups of four characters (about 59 bits), e.g. `k7mq-p3xr-9tdw`.
 *
 * @example
 * const passcode = generatePasscode();
 */
export function generatePasscode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}
