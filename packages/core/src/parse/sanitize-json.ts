import { LIMITS } from "../limits.js";
import { formatPath, type Issue } from "./issue.js";

/** Keys that could reach an object's prototype chain; they are dropped wherever they appear. */
const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The result of copying untrusted JSON-like input into plain data. */
export type SanitizeResult = { ok: true; value: unknown; warnings: Issue[] } | { ok: false; errors: Issue[] };

/**
 * A deep copy of untrusted input made only of JSON values in plain, prototype-free-safe objects:
 * `__proto__`, `constructor` and `prototype` keys are dropped (with a warning), non-JSON values
 * (functions, symbols, NaN, Infinity, class instances) are reported as errors, nesting deeper than
 * `LIMITS.maxDepth` is refused. Iterative, so hostile depth cannot overflow the stack.
 */
export function sanitizeJson(input: unknown): SanitizeResult {
  const warnings: Issue[] = [];
  const errors: Issue[] = [];
  const root: { value: unknown } = { value: undefined };
  type Frame = { source: unknown; path: PropertyKey[]; assign: (value: unknown) => void };
  const stack: Frame[] = [{ source: input, path: [], assign: (v) => (root.value = v) }];

  while (stack.length > 0) {
    const { source, path, assign } = stack.pop()!;
    if (path.length > LIMITS.maxDepth) {
      return {
        ok: false,
        errors: [
          { path: formatPath(path), message: `nested deeper than the limit of ${LIMITS.maxDepth} levels` },
        ],
      };
    }
    if (source === null || typeof source === "string" || typeof source === "boolean") {
      assign(source);
    } else if (typeof source === "number") {
      if (Number.isFinite(source)) assign(source);
      else errors.push({ path: formatPath(path), message: `expected a finite number, got ${source}` });
    } else if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      for (let i = source.length - 1; i >= 0; i--) {
        stack.push({ source: source[i], path: [...path, i], assign: (v) => (copy[i] = v) });
      }
    } else if (typeof source === "object") {
      const proto = Object.getPrototypeOf(source);
      if (proto !== Object.prototype && proto !== null) {
        errors.push({ path: formatPath(path), message: "expected a plain JSON object" });
        continue;
      }
      const copy: Record<string, unknown> = {};
      assign(copy);
      const keys = Object.keys(source).filter((key) => {
        if (!HOSTILE_KEYS.has(key)) return true;
        warnings.push({
          path: formatPath([...path, key]),
          message: "key not allowed in a journeykit document; dropped",
        });
        return false;
      });
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const value = (source as Record<string, unknown>)[key];
        if (value === undefined) continue;
        stack.push({
          source: value,
          path: [...path, key],
          assign: (v) =>
            Object.defineProperty(copy, key, {
              value: v,
              enumerable: true,
              writable: true,
              configurable: true,
            }),
        });
      }
    } else {
      errors.push({ path: formatPath(path), message: `expected a JSON value, got ${typeof source}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  // Children are pushed in reverse, so they are copied, and keys assigned, in document order.
  return { ok: true, value: root.value, warnings };
}
