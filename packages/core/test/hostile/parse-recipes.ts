// Hostile inputs for parseJourneyMap/validateJourneyMap too big to commit (or not expressible as a
// file: in-memory values), built from the recipes listed in README.md. Shared by the tests and the bench.
import { readFileSync } from "node:fs";
import { LIMITS } from "../../src/index";

/** The small valid map every recipe starts from, as JSON text. */
export const hostileBaseText = readFileSync(new URL("./base.journey.json", import.meta.url), "utf8");

/** The base map with `extra` spliced in as its last top-level field (`"meta":...`), as text. */
export function withTopLevelField(field: string): string {
  const trimmed = hostileBaseText.trimEnd();
  return `${trimmed.slice(0, -1)},${field}}`;
}

/** `meta-6.6m-empty-objects`: 19.8 MB of `{}` in `meta` (over the node budget, under the size limit). */
export const metaEmptyObjects = (count = 6_600_000) =>
  withTopLevelField(`"meta":{"x":[${"{},".repeat(count - 1)}{}]}`);

/** `array-9.9m-elements`: a 9.9-million-element array of zeros in `meta` (19.8 MB). */
export const metaLongArray = (count = 9_900_000) =>
  withTopLevelField(`"meta":{"x":[${"0,".repeat(count - 1)}0]}`);

/** The most `{}` that fit the node budget beside the base map: accepted (the largest allowed meta). */
export const largestAllowedEmptyObjects = (spare = 0) => {
  // Every value of the base map, plus `meta` and its `x` array.
  const baseNodes = countValues(JSON.parse(hostileBaseText)) + 2;
  return metaEmptyObjects(LIMITS.maxNodes - baseNodes + spare);
};

/** How many JSON values (objects, arrays and primitives) a parsed value holds. */
function countValues(value: unknown): number {
  if (value === null || typeof value !== "object") return 1;
  return 1 + Object.values(value).reduce((sum: number, v) => sum + countValues(v), 0);
}

/** The base map as a value. */
export const hostileBase = (): Record<string, unknown> => JSON.parse(hostileBaseText);

/** `dag-depth-N`: `meta` holds an object referenced twice per level, N levels deep (2^N leaves). */
export function sharedSubObjects(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) node = { a: node, b: node };
  return { ...hostileBase(), meta: { dag: node } };
}

/** `throwing-getter`: a card whose `text` getter throws. */
export function throwingGetter(): Record<string, unknown> {
  const map = hostileBase();
  const card = (map.cards as Record<string, unknown>[])[0]!;
  Object.defineProperty(card, "text", {
    enumerable: true,
    get() {
      throw new Error("getter exploded");
    },
  });
  return map;
}

/** `revoked-proxy`: `meta` is a revoked proxy (every operation on it throws). */
export function revokedProxyMeta(): Record<string, unknown> {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return { ...hostileBase(), meta: proxy };
}

/** A revoked proxy as the whole input. */
export function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `ownkeys-throws`: a proxy whose key listing throws. */
export function ownKeysThrows(): Record<string, unknown> {
  const meta = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error("no keys for you");
      },
    },
  );
  return { ...hostileBase(), meta };
}

/** `sparse-array-2^32-1`: a sparse array of the largest length in `meta` (no elements). */
export const sparseArray = () => ({ ...hostileBase(), meta: { x: new Array(2 ** 32 - 1) } });

/** `array-proxy-huge-length`: a proxy of an array claiming a length of 10^12. */
export function hugeLengthProxy(): Record<string, unknown> {
  const x = new Proxy([], { get: (target, key) => (key === "length" ? 1e12 : Reflect.get(target, key)) });
  return { ...hostileBase(), meta: { x } };
}

/** `circular`: `meta` contains itself. */
export function circular(): Record<string, unknown> {
  const meta: Record<string, unknown> = { name: "loop" };
  meta.self = meta;
  return { ...hostileBase(), meta };
}
