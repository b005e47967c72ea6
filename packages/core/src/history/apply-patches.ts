import type { Patch } from "immer";

type Container = Record<string | number, unknown>;

/** Set an own data property, whatever its name (`__proto__` included: never the prototype). */
function define(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of plain data that keeps own keys of any name. */
function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyValue);
  const copy: Container = {};
  for (const key of Object.keys(value)) define(copy, key, copyValue((value as Container)[key]));
  return copy;
}

function shallowCopy(value: object): Container {
  if (Array.isArray(value)) return value.slice() as unknown as Container;
  const copy: Container = {};
  for (const key of Object.keys(value)) define(copy, key, (value as Container)[key]);
  return copy;
}

/**
 * Apply immer patches to plain JSON data, copy-on-write (the input is never changed; untouched parts
 * are shared). Unlike immer's `applyPatches`, a path segment or key named `__proto__`, `constructor`
 * or `prototype` is an ordinary own key: immer refuses such paths and turns an own `"__proto__"` key
 * of a patch value into the copy's prototype, so a document holding one (in `meta`, say) would lose it
 * on undo. Throws when a patch's path does not exist in `base` (a history applied to the wrong map).
 *
 * @example
 * const { map: after, patches, inversePatches } = applyOperation(before, addCard, { record });
 * applyPatches(after, inversePatches); // deep-equals before
 */
export function applyPatches<T>(base: T, patches: readonly Patch[]): T {
  const root: Container = { value: base };
  const copies = new Set<object>([root]);
  for (const { op, path, value } of patches) {
    let parent = root;
    const keys: (string | number)[] = ["value", ...path];
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]!;
      const child = Object.hasOwn(parent, key) ? parent[key] : undefined;
      if (child === null || typeof child !== "object") {
        throw new Error(`cannot apply a patch at ${path.join("/")}: nothing at ${String(key)}`);
      }
      let copy = child as Container;
      if (!copies.has(child)) {
        copy = shallowCopy(child);
        copies.add(copy);
        if (Array.isArray(parent)) parent[key] = copy;
        else define(parent, key, copy);
      }
      parent = copy;
    }
    const key = keys.at(-1)!;
    const list = Array.isArray(parent) ? (parent as unknown[]) : undefined;
    if (op === "remove") {
      if (list) list.splice(Number(key), 1);
      else delete parent[key];
    } else if (op === "add" && list) {
      if (key === "-") list.push(copyValue(value));
      else list.splice(Number(key), 0, copyValue(value));
    } else if (op === "add" || op === "replace") {
      if (list) list[Number(key)] = copyValue(value);
      else define(parent, key, copyValue(value));
    } else {
      throw new Error(`unknown patch operation ${String(op)}`);
    }
  }
  return root.value as T;
}
