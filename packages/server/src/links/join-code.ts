import { randomInt } from "node:crypto";

/**
 * The letters of a join code: Crockford's base32 in lower case (no i, l, o or u), so a code read off a
 * projector and typed is never ambiguous. 32 letters: 5 bits each.
 */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Letters in a join code: 9 × 5 = 45 bits of randomness (a code guessed at random is one in 3.5·10¹³). */
export const JOIN_CODE_LENGTH = 9;

/** The path a join code opens the app at: `/j/<code>` (12 characters: a QR code of the link stays sparse). */
export const JOIN_PATH = "/j/";

/**
 * A new random join code (crypto-strong), not one `taken` says is in use.
 *
 * @example
 * generateJoinCode(); // "7kq2mx4p9"
 */
export function generateJoinCode(taken: (code: string) => boolean = () => false): string {
  for (;;) {
    const code = Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(
      "",
    );
    if (!taken(code)) return code;
  }
}

/**
 * The join code a person typed or a link carries, as it is stored: lower case, `o` read as 0, `i` and
 * `l` as 1, dashes and spaces dropped; null when it cannot be one.
 *
 * @example
 * normalizeJoinCode("7KQ2-MX4P9"); // "7kq2mx4p9"
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const letter of code) if (!ALPHABET.includes(letter)) return null;
  return code;
}
