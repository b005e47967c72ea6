import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The file in the data folder that keeps the signing secret the server made for itself. */
export const SECRET_FILE = "secret";

/**
 * The secret room tokens and facilitator sessions are signed with when none is given: kept in
 * `dataDir/secret` (readable by this user only), made on first start (32 random bytes), so links and
 * sessions survive a restart.
 *
 * @example
 * const secret = options.secret ?? dataSecret("./journeykit-data");
 */
export function dataSecret(dataDir: string): string {
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // "wx": two servers started at once on one folder keep the first one's secret.
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 16) throw new Error(`${file} holds no usable secret (at least 16 characters)`);
  return secret;
}
