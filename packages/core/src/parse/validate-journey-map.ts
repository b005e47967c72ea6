import { LIMITS } from "../limits.js";
import { type JourneyMap, journeyMapSchema } from "../records/journey-map.js";
import { RECORD_COLLECTION_NAMES } from "../records/record-collections.js";
import { checkEmotionDuplicates, checkReferences, referenceView } from "./check-references.js";
import { englishMessages } from "./english-messages.js";
import { fromZod } from "./from-zod.js";
import { formatPath, type Issue } from "./issue.js";
import { sanitizeJson } from "./sanitize-json.js";

/**
 * A valid map with what was noticed but kept (unknown fields, repairs), or every error with its path:
 * structural problems and reference problems together. At most `maxErrors` (default 200) errors are
 * listed; `total` is present when there were more, and counts them all.
 */
export type ValidationResult =
  | { ok: true; map: JourneyMap; warnings: Issue[] }
  | { ok: false; errors: Issue[]; total?: number };

/** Fields whose keys are the host's or the author's own: never "unknown". */
const OPEN_OBJECTS = new Set(["meta", "demographics"]);
const MAX_ISSUES = 200;

/** Options of `validateJourneyMap`. */
export interface ValidateOptions {
  /**
   * Most errors listed (default 200, enough for a person to read). A program that fixes what it is
   * told (a repair) asks for all of them (`Infinity`), so one pass sees the whole damage.
   */
  maxErrors?: number;
}

/** Keys in the input that the schema does not know: kept as they are, reported as warnings. */
function unknownFields(input: unknown, known: unknown, path: PropertyKey[], out: Issue[]): void {
  if (out.length >= MAX_ISSUES) return;
  if (Array.isArray(input) && Array.isArray(known)) {
    input.forEach((item, i) => {
      unknownFields(item, known[i], [...path, i], out);
    });
  } else if (input && known && typeof input === "object" && typeof known === "object") {
    for (const key of Object.keys(input)) {
      // Own keys only: `toString` or `valueOf` as a key is as unknown as any other name.
      if (!Object.hasOwn(known, key))
        out.push({ path: formatPath([...path, key]), message: "unknown field kept as is" });
      else if (!OPEN_OBJECTS.has(key)) {
        unknownFields(
          (input as Record<string, unknown>)[key],
          (known as Record<string, unknown>)[key],
          [...path, key],
          out,
        );
      }
    }
  }
}

/**
 * Takes every record's `meta` object (and the map's) out of a sanitized document while the schema runs,
 * and returns the function that puts them back. `sanitizeJson` has already checked, within the node
 * budget, that they hold only JSON values, which is all their schema asks; zod's recursive JSON check
 * would cost about 2 µs per value again (2 s for a million `{}`). A `meta` that is not an object stays,
 * so the schema reports it.
 */
function setAsideMeta(value: unknown): () => void {
  const owners: Record<string, unknown>[] = [];
  const metas: unknown[] = [];
  const take = (owner: unknown) => {
    if (!owner || typeof owner !== "object" || Array.isArray(owner)) return;
    const record = owner as Record<string, unknown>;
    const meta = record.meta;
    if (!meta || typeof meta !== "object" || Array.isArray(meta)) return;
    owners.push(record);
    metas.push(meta);
    record.meta = {};
  };
  take(value);
  if (value && typeof value === "object") {
    for (const collection of RECORD_COLLECTION_NAMES) {
      const records = (value as Record<string, unknown>)[collection];
      if (Array.isArray(records)) for (const record of records) take(record);
    }
  }
  return () => {
    owners.forEach((owner, i) => {
      owner.meta = metas[i];
    });
  };
}

/** Errors capped at `max`, with the full count when some were left off. */
function failure(total: number, found: Issue[], max: number): ValidationResult {
  const errors = found.length > max ? found.slice(0, max) : found;
  return total > errors.length ? { ok: false, errors, total } : { ok: false, errors };
}

/** Validation of input already copied by `sanitizeJson` (shared with `parseJourneyMap`). */
export function validateSanitized(
  value: unknown,
  warnings: Issue[] = [],
  { maxErrors = MAX_ISSUES }: ValidateOptions = {},
): ValidationResult {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const collection of RECORD_COLLECTION_NAMES) {
      const records = (value as Record<string, unknown>)[collection];
      if (Array.isArray(records) && records.length > LIMITS.maxRecordsPerKind) {
        return {
          ok: false,
          errors: [
            {
              path: collection,
              message: `${records.length} records; the limit is ${LIMITS.maxRecordsPerKind} per kind`,
            },
          ],
        };
      }
    }
  }
  const restoreMeta = setAsideMeta(value);
  const parsed = journeyMapSchema.safeParse(value, { reportInput: true, error: englishMessages });
  restoreMeta();
  if (!parsed.success) {
    // Structure is wrong somewhere; the references that can be read are still checked, so one run
    // lists every problem instead of revealing the dangling ones only after the structure is fixed.
    const references = checkReferences(referenceView(value));
    return failure(
      parsed.error.issues.length + references.length,
      [...parsed.error.issues.slice(0, maxErrors).map(fromZod), ...references],
      maxErrors,
    );
  }
  const referenceErrors = checkReferences(parsed.data);
  if (referenceErrors.length > 0) return failure(referenceErrors.length, referenceErrors, maxErrors);
  const found = [...warnings, ...checkEmotionDuplicates(parsed.data)];
  unknownFields(value, parsed.data, [], found);
  // The sanitized input, not zod's stripped output: unknown fields written by a newer tool survive.
  return { ok: true, map: value as JourneyMap, warnings: found };
}

/**
 * Check an in-memory value against the format: structure and value ranges, referential integrity,
 * unique ids. Never throws. The returned map is a safe deep copy that keeps unknown fields.
 *
 * @example
 * const result = validateJourneyMap(map);
 * if (!result.ok) console.log(result.errors); // [{ path: "cards[3].stageId", message: 'no stage with id "s9"' }]
 * const all = validateJourneyMap(map, { maxErrors: Infinity }); // every error, for a program that fixes them
 */
export function validateJourneyMap(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const sanitized = sanitizeJson(value);
  if (!sanitized.ok) return sanitized;
  return validateSanitized(sanitized.value, sanitized.warnings, options);
}
