import { LIMITS } from "../limits.js";
import { formatPath, type Issue } from "./issue.js";

/** Keys that could reach an object's prototype chain; they are dropped wherever they appear. */
const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Most errors (and warnings) listed; the rest are counted. */
const MAX_LISTED = 200;

/** The result of copying untrusted JSON-like input into plain data. */
export type SanitizeResult =
  | { ok: true; value: unknown; warnings: Issue[] }
  | { ok: false; errors: Issue[]; total?: number };

/** Where a value sits, as a linked list up to the root (built only into a string for messages). */
interface PathNode {
  readonly parent: PathNode | null;
  readonly key: string | number;
  /** The container found at this place once read (to tell a cycle from deep nesting). */
  container?: object;
}

/** One value still to copy: read `holder[key]` and write the copy to `target[key]`. */
interface Frame {
  holder: object;
  key: string | number;
  target: Record<string | number, unknown>;
  path: PathNode | null;
  depth: number;
}

function segments(node: PathNode | null): (string | number)[] {
  const out: (string | number)[] = [];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

/** The message of whatever a getter, proxy trap or exotic object threw, itself read defensively. */
function reasonOf(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return message.length > 120 ? `${message.slice(0, 117)}...` : message;
  } catch {
    return "it threw";
  }
}

/** Whether the container at `node` already appears above it on its own path (a cycle). */
function isCircular(node: PathNode | null, container: object): boolean {
  for (let n = node?.parent ?? null; n; n = n.parent) if (n.container === container) return true;
  return false;
}

/**
 * A deep copy of untrusted input made only of JSON values in plain objects and arrays, in work
 * bounded by `LIMITS.maxNodes` and `LIMITS.maxDepth` (checked while walking, so a hostile value is
 * refused after at most that many steps: a value shared in memory is counted, and copied, each time
 * it appears, a cycle is refused at the depth limit). Every read is guarded: getters that throw,
 * revoked proxies and exotic objects become errors with a path, never exceptions; an array's length
 * is checked against the budget before anything is allocated. `__proto__`, `constructor` and
 * `prototype` keys are dropped (with a warning); non-JSON values (functions, symbols, NaN, Infinity,
 * class instances, holes in sparse arrays) are errors. Iterative, so depth cannot overflow the stack.
 *
 * @example
 * const copy = sanitizeJson(JSON.parse(text));
 * if (!copy.ok) console.log(copy.errors); // [{ path: "meta.x", message: "expected a finite number, got NaN" }]
 */
export function sanitizeJson(input: unknown): SanitizeResult {
  const warnings: Issue[] = [];
  let warningCount = 0;
  const errors: Issue[] = [];
  let errorCount = 0;
  const error = (path: PathNode | null, message: string) => {
    errorCount++;
    if (errors.length < MAX_LISTED) errors.push({ path: formatPath(segments(path)), message });
  };
  const refuse = (path: PathNode | null, message: string): SanitizeResult => ({
    ok: false,
    errors: [{ path: formatPath(segments(path)), message }],
  });
  const tooMany = (path: PathNode | null) =>
    refuse(
      path,
      `more than ${LIMITS.maxNodes} values (the limit of LIMITS.maxNodes; a value shared in memory counts each time it appears)`,
    );

  const box: Record<string, unknown> = { value: undefined };
  const stack: Frame[] = [{ holder: { value: input }, key: "value", target: box, path: null, depth: 0 }];
  let nodes = 0;

  while (stack.length > 0) {
    const { holder, key, target, path, depth } = stack.pop()!;
    if (++nodes > LIMITS.maxNodes) return tooMany(path);
    let value: unknown;
    try {
      value = (holder as Record<string | number, unknown>)[key];
    } catch (thrown) {
      error(path, `could not be read: ${reasonOf(thrown)}`);
      continue;
    }
    if (value === null || typeof value === "string" || typeof value === "boolean") {
      target[key] = value;
      continue;
    }
    if (typeof value === "number") {
      if (Number.isFinite(value)) target[key] = value;
      else error(path, `expected a finite number, got ${value}`);
      continue;
    }
    if (value === undefined) {
      // An object property set to undefined is absent in JSON; in an array it is a hole or a gap.
      if (Array.isArray(target)) error(path, "expected a JSON value, got undefined (an empty array slot)");
      continue;
    }
    if (typeof value !== "object") {
      error(path, `expected a JSON value, got ${typeof value}`);
      continue;
    }
    if (depth > LIMITS.maxDepth) {
      return refuse(
        path,
        isCircular(path, value)
          ? "refers to itself (a circular structure is not JSON)"
          : `nested deeper than the limit of ${LIMITS.maxDepth} levels`,
      );
    }
    if (path) path.container = value;
    try {
      if (Array.isArray(value)) {
        const length: unknown = value.length;
        if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
          error(path, "expected an array with a valid length");
          continue;
        }
        if (length > LIMITS.maxNodes - nodes) return tooMany(path);
        const copy: unknown[] = new Array(length);
        target[key] = copy;
        for (let i = length - 1; i >= 0; i--) {
          stack.push({
            holder: value,
            key: i,
            target: copy as unknown as Record<number, unknown>,
            path: { parent: path, key: i },
            depth: depth + 1,
          });
        }
        continue;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        error(path, "expected a plain JSON object");
        continue;
      }
      const keys = Object.keys(value);
      if (keys.length > LIMITS.maxNodes - nodes) return tooMany(path);
      const copy: Record<string, unknown> = {};
      target[key] = copy;
      for (const k of keys) {
        if (!HOSTILE_KEYS.has(k)) continue;
        warningCount++;
        if (warnings.length < MAX_LISTED) {
          warnings.push({
            path: formatPath([...segments(path), k]),
            message: "key not allowed in a journeykit document; dropped",
          });
        }
      }
      // Children are pushed in reverse, so they are copied, and keys assigned, in document order.
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (HOSTILE_KEYS.has(k)) continue;
        stack.push({ holder: value, key: k, target: copy, path: { parent: path, key: k }, depth: depth + 1 });
      }
    } catch (thrown) {
      error(path, `could not be read: ${reasonOf(thrown)}`);
    }
  }
  if (errorCount > 0) {
    return errorCount > errors.length ? { ok: false, errors, total: errorCount } : { ok: false, errors };
  }
  if (warningCount > warnings.length) {
    warnings.push({ path: "", message: `${warningCount - warnings.length} more dropped keys not listed` });
  }
  return { ok: true, value: box.value, warnings };
}
