import { customAlphabet } from "nanoid";

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
const nanoid = customAlphabet(alphabet, 10);

/**
 * A new record id: a readable prefix naming the record kind and 10 random characters.
 *
 * @example
 * createId("card"); // "card_4f9k2m1x0q"
 */
export function createId(prefix: string): string {
  return `${prefix}_${nanoid()}`;
}
