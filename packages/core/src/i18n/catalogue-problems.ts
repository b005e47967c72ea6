import type { Catalogue, Message } from "./message.js";

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a text uses, sorted: "{count} of {total}" → ["count", "total"]. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Every text of a message with where it sits: the text itself, or each plural form. */
function texts(key: string, message: Message): [string, string][] {
  if (typeof message === "string") return [[key, message]];
  return Object.entries(message).map(([form, text]) => [`${key}.${form}`, text ?? ""]);
}

/**
 * What is wrong with a translation of a catalogue, one line per problem, none when it is complete:
 * a key of the English catalogue missing or empty, a plain text where English has plural forms (or
 * the other way round), a placeholder of the English text missing from the translation or one it
 * does not have, a key English does not know. Each layer's catalogue test asserts this is empty for
 * es, de and fr, so a string added in English alone fails the build.
 *
 * @example
 * catalogueProblems({ more: "+{count} more" }, { more: "+ más" });
 * // ['more: placeholders {count} in English, none in the translation']
 */
export function catalogueProblems(
  english: Catalogue,
  translation: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const target = translation[key];
    if (target === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const plural = typeof source !== "string";
    if (plural !== (typeof target === "object" && target !== null)) {
      problems.push(`${key}: ${plural ? "plural forms" : "a plain text"} in English, not in the translation`);
      continue;
    }
    if (typeof target !== "string" && (typeof target !== "object" || target === null)) {
      problems.push(`${key}: not a text`);
      continue;
    }
    const wanted = placeholders(typeof source === "string" ? source : source.other);
    for (const [where, text] of texts(key, target as Message)) {
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${where}: empty`);
        continue;
      }
      const found = placeholders(text);
      // A plural form other than "other" may leave out {count} ("une seule réponse"); nothing else may.
      const required =
        plural && where !== `${key}.other` ? wanted.filter((name) => name !== "count") : wanted;
      const missing = required.filter((name) => !found.includes(name));
      const unknown = found.filter((name) => !wanted.includes(name));
      if (missing.length > 0 || unknown.length > 0)
        problems.push(
          `${where}: placeholders ${wanted.map((n) => `{${n}}`).join(" ") || "none"} in English, ${found.map((n) => `{${n}}`).join(" ") || "none"} in the translation`,
        );
    }
    if (plural && typeof (target as { other?: unknown }).other !== "string")
      problems.push(`${key}: no "other" form`);
  }
  for (const key of Object.keys(translation)) if (!(key in english)) problems.push(`${key}: not in English`);
  return problems;
}
