import { LIMITS } from "../limits.js";
import { formatPath, type Issue } from "./issue.js";

/** Most duplicate-key warnings listed; the rest are counted. */
const MAX_LISTED = 200;

/** An object or array open at the current position of the text. */
interface Open {
  isObject: boolean;
  /** The key (object) or index (array) of the value being read in it. */
  key: string | number;
  /** An object's keys so far (made on the first key). */
  keys: Set<string> | null;
  /** In an object: the next string is a key. */
  expectKey: boolean;
}

/** The result of scanning JSON text before it is parsed. */
export type TextScan = { ok: true; warnings: Issue[] } | { ok: false; errors: Issue[] };

const isDelimiter = (c: number) =>
  c === 44 || c === 93 || c === 125 || c === 58 || c === 32 || c === 10 || c === 13 || c === 9;

/**
 * One linear pass over JSON text, before `JSON.parse` builds anything: refuses text with more than
 * `LIMITS.maxNodes` values or nested deeper than `LIMITS.maxDepth`, and reports every key that
 * appears twice in one object (`JSON.parse` silently keeps the last one) as a warning with its path.
 * It does not check syntax: malformed text passes through to `JSON.parse`, which reports it.
 *
 * @example
 * scanJsonText('{"title":"a","title":"b"}');
 * // { ok: true, warnings: [{ path: "title", message: "key appears twice or more in this object; the last value is kept" }] }
 */
export function scanJsonText(text: string): TextScan {
  const warnings: Issue[] = [];
  let duplicates = 0;
  const open: Open[] = [];
  let nodes = 0;
  const pathOf = (last: string | number) => formatPath([...open.slice(0, -1).map((o) => o.key), last]);
  const positionPath = () => formatPath(open.map((o) => o.key));
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 58) {
      i++;
      continue;
    }
    const top = open.at(-1);
    if (c === 44) {
      if (top?.isObject) top.expectKey = true;
      else if (top) top.key = (top.key as number) + 1;
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      open.pop();
      i++;
      continue;
    }
    if (c === 34) {
      // The closing quote is the next one preceded by an even number of backslashes.
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end < 0) return { ok: true, warnings };
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      if (top?.isObject && top.expectKey) {
        let key = text.slice(i + 1, end);
        if (key.includes("\\")) {
          try {
            key = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return { ok: true, warnings };
          }
        }
        top.keys ??= new Set();
        if (top.keys.has(key)) {
          duplicates++;
          if (warnings.length < MAX_LISTED) {
            warnings.push({
              path: pathOf(key),
              message: "key appears twice or more in this object; the last value is kept",
            });
          }
        } else top.keys.add(key);
        top.key = key;
        top.expectKey = false;
        i = end + 1;
        continue;
      }
      i = end + 1;
    } else if (c === 123 || c === 91) {
      i++;
    } else {
      // A number, true, false or null (or a syntax error JSON.parse will name).
      i++;
      while (i < n && !isDelimiter(text.charCodeAt(i)) && text.charCodeAt(i) !== 34) i++;
    }
    if (++nodes > LIMITS.maxNodes) {
      return {
        ok: false,
        errors: [
          {
            path: positionPath(),
            message: `more than ${LIMITS.maxNodes} values (the limit of LIMITS.maxNodes)`,
          },
        ],
      };
    }
    if (c === 123 || c === 91) {
      if (open.length >= LIMITS.maxDepth + 1) {
        return {
          ok: false,
          errors: [
            { path: positionPath(), message: `nested deeper than the limit of ${LIMITS.maxDepth} levels` },
          ],
        };
      }
      open.push({ isObject: c === 123, key: 0, keys: null, expectKey: c === 123 });
    }
  }
  if (duplicates > warnings.length) {
    warnings.push({ path: "", message: `${duplicates - warnings.length} more duplicate keys not listed` });
  }
  return { ok: true, warnings };
}
