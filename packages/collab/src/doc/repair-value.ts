/** The part of a zod schema a repair reads: whether a value passes, and the definition's options. */
export interface FieldSchema {
  safeParse(value: unknown): { success: boolean };
  _zod: { def: FieldDef };
}

interface FieldDef {
  type: string;
  /** `z.enum`: its values. */
  entries?: Record<string, unknown>;
  /** `z.literal`: its values. */
  values?: unknown[];
  /** `z.union`: its members. */
  options?: FieldSchema[];
}

/** Numbers a number is clamped to: the nearest the field accepts (a score's or a rating's bounds). */
const NUMBER_PROBES = [-1_000_000, -100, -10, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10, 100, 1_000_000];

/** The values a field's definition names (an enum's, a literal's, a union's of literals), in order. */
function namedValues(def: FieldDef): unknown[] {
  if (def.type === "enum" && def.entries) return Object.values(def.entries);
  if (def.type === "literal" && def.values) return def.values;
  if (def.type === "union" && def.options)
    return def.options.flatMap((option) => namedValues(option._zod.def));
  return [];
}

/** The longest start of `text` the field accepts (text over the length limit is cut, not lost). */
function longestPrefix(schema: FieldSchema, text: string): string | undefined {
  if (!schema.safeParse("").success) return undefined;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (schema.safeParse(text.slice(0, middle)).success) low = middle;
    else high = middle - 1;
  }
  return text.slice(0, low);
}

/**
 * The nearest value a required field accepts in place of an invalid one, so the record it belongs to
 * is kept: free text over its limit is cut to the limit; a number out of range is clamped to the
 * nearest it accepts (non-integers rounded); anything else becomes the field's plainest value (empty
 * text, 0, the first of its options). An identifier (a string field that may not be empty) is never
 * invented: undefined, and the caller removes the record. Deterministic: every client holding the same
 * state picks the same value.
 *
 * @example
 * repairValue(textSchema, "x".repeat(30_000)); // { value: "xxx…" } (20,000 characters)
 * repairValue(emotionScoreSchema, 9);            // { value: 2 }
 */
export function repairValue(schema: FieldSchema, value: unknown): { value: unknown } | undefined {
  const candidates: unknown[] = [];
  if (typeof value === "string") {
    const prefix = longestPrefix(schema, value);
    if (prefix !== undefined) candidates.push(prefix);
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    const rounded = Math.round(value);
    const nearest = [rounded, ...NUMBER_PROBES].filter((n) => schema.safeParse(n).success);
    // A stable sort: on a tie the rounded value, listed first, wins.
    nearest.sort((a, b) => Math.abs(a - value) - Math.abs(b - value));
    candidates.push(...nearest.slice(0, 1));
  }
  candidates.push("", 0, ...namedValues(schema._zod.def), false, [], {});
  for (const candidate of candidates) if (schema.safeParse(candidate).success) return { value: candidate };
  return undefined;
}
