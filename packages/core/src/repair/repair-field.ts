import { keepInMeta } from "./keep-in-meta.js";
import { type Accepts, longestAccepted, mendList, nearestNumber } from "./nearest-value.js";
import type { PlainObject } from "./plain-object.js";
import { shown } from "./record-label.js";
import type { RepairAction } from "./repair.js";

/** One field whose value its schema refuses, and what the repair may do about it. */
export interface FieldSite {
  /** The record (or the map) holding the field; changed in place. */
  owner: PlainObject;
  field: string;
  /** Whether the field takes a value, where it stands. */
  accepts: Accepts;
  /** The value a required field gets when nothing nearer to the old one fits; none: the owner is set aside. */
  fallback?: (() => unknown) | undefined;
  /** The owner as messages name it: `card "Long wait"`, `the map`. */
  label: string;
}

/** What `repairField` did, or why the owner cannot keep its place. */
export type FieldOutcome = { action: RepairAction; message: string } | { setAside: string };

const KEPT = 'kept in its meta["journeykit.repaired"]';

/** `value` taken as a number when it is one or spells one ("2"). */
function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** The nearest value the field takes to the old one: text cut, a number clamped, a list mended. */
function nearer(site: FieldSite, old: unknown): FieldOutcome | undefined {
  const { owner, field, accepts, label } = site;
  const cut = typeof old === "string" ? longestAccepted(old, accepts) : undefined;
  if (cut !== undefined) {
    owner[field] = cut;
    keepInMeta(owner, field, old);
    return {
      action: "cut text",
      message: `${label}: ${field} cut to ${cut.length} characters (the whole text ${KEPT})`,
    };
  }
  const number = asNumber(old);
  const nearest = number === undefined ? undefined : nearestNumber(number, accepts);
  if (nearest !== undefined) {
    owner[field] = nearest;
    keepInMeta(owner, field, old);
    return {
      action: "replaced value",
      message: `${label}: ${field} ${shown(old)} replaced by ${nearest}, the nearest it takes (the old value ${KEPT})`,
    };
  }
  const mended = Array.isArray(old) ? mendList(old, accepts) : undefined;
  if (mended) {
    owner[field] = mended.value;
    keepInMeta(owner, field, old);
    const what = [mended.removed ? `${mended.removed} taken out` : "", mended.cut ? `${mended.cut} cut` : ""];
    return {
      action: mended.removed ? "removed list item" : "cut text",
      message: `${label}: items of ${field} ${what.filter(Boolean).join(", ")} (the whole list ${KEPT})`,
    };
  }
  return undefined;
}

/**
 * Make one field acceptable, losing nothing: text over its limit is cut (the whole text kept in the
 * owner's `meta["journeykit.repaired"]`), a number clamped to the nearest the field takes, a list
 * mended item by item, an optional value the field refuses cleared, a required one replaced by its
 * fallback (each old value kept in `meta` too); a missing required field is filled. Undefined when the
 * field is fine as it is; `{ setAside }` when nothing fits.
 *
 * @example
 * repairField({ owner: card, field: "text", accepts, fallback: () => "", label: 'card "Long wait"' });
 * // { action: "cut text", message: 'card "Long wait": text cut to 20000 characters (…)' }
 */
export function repairField(site: FieldSite): FieldOutcome | undefined {
  const { owner, field, accepts, label } = site;
  const old = owner[field];
  if (accepts(old)) return undefined;
  const near = old === undefined ? undefined : nearer(site, old);
  if (near) return near;
  if (old !== undefined && accepts(undefined)) {
    delete owner[field];
    keepInMeta(owner, field, old);
    return {
      action: "cleared value",
      message: `${label}: ${field} ${shown(old)} is not valid there and was cleared (${KEPT})`,
    };
  }
  const fallback = site.fallback?.();
  const fill = accepts(fallback)
    ? fallback
    : typeof fallback === "number"
      ? nearestNumber(fallback, accepts)
      : undefined;
  if (fill === undefined) {
    return {
      setAside: old === undefined ? `it has no ${field}` : `its ${field} ${shown(old)} could not be repaired`,
    };
  }
  owner[field] = fill;
  if (old === undefined)
    return {
      action: "filled missing field",
      message: `${label}: missing ${field} filled with ${shown(fill)}`,
    };
  keepInMeta(owner, field, old);
  return {
    action: "replaced value",
    message: `${label}: ${field} ${shown(old)} replaced by ${shown(fill)} (the old value ${KEPT})`,
  };
}
