import { checkEmotionDuplicates } from "../parse/check-references.js";
import { validateJourneyMap } from "../parse/validate-journey-map.js";
import type { JourneyMap } from "../records/journey-map.js";
import { MapRepairError } from "./map-repair-error.js";
import { readDocument } from "./read-document.js";
import type { Repair } from "./repair.js";
import { createRepairLog } from "./repair-log.js";
import { repairRecords } from "./repair-records.js";
import { repairTopLevel } from "./repair-top-level.js";
import { secondScores } from "./second-scores.js";
import { setAsideRecords } from "./set-aside-records.js";

/**
 * Most rounds: a repair can reveal another (an id made valid lets its references be checked, a
 * touchpoint set aside leaves cards naming it), as many as references chain, and every round must
 * repair something.
 */
const MAX_ROUNDS = 16;

/**
 * Open what can be opened: a journey map (JSON text or a parsed value) made valid, with every repair
 * listed. Nothing people made is lost: a record that cannot stay in place (a card whose stage or lane
 * is gone, a record that is not an object, a second emotion score for the same persona and stage) is
 * set aside whole in `map.meta["journeykit.setAside"]` with the reason; a value its field refuses is
 * cut, clamped, replaced or cleared with the old value kept in the record's
 * `meta["journeykit.repaired"]`; a dangling optional reference is cleared; a duplicate id is replaced
 * in the later record (`c1-2`), so references keep naming the first; a missing field or list is filled.
 * An older version is migrated first. The input is never changed; a valid map comes back as it was
 * (`repairs: []`). Deterministic (the same input gives the same map on every machine; the clock is
 * read only for a missing timestamp in a document with no date at all), and linear in the document's
 * size per round. Throws a `MapRepairError` when nothing can be saved: not JSON, not an object, not a
 * journeykit map, a newer format version than this build reads, beyond the format's limits.
 *
 * @example
 * const { map, repairs } = repairJourneyMap(await file.text());
 * for (const repair of repairs) console.log(`${repair.path}: ${repair.message}`);
 * // cards[3]: card "Long wait at the desk" set aside: its stage "s9" does not exist
 */
export function repairJourneyMap(doc: unknown): { map: JourneyMap; repairs: Repair[] } {
  const value = readDocument(doc);
  const log = createRepairLog();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = log.size;
    repairTopLevel(value, log);
    const result = validateJourneyMap(value, { maxErrors: Number.POSITIVE_INFINITY });
    if (result.ok) {
      const duplicates = checkEmotionDuplicates(result.map);
      if (duplicates.length === 0) return { map: result.map, repairs: log.list() };
      setAsideRecords(value, "emotions", secondScores(result.map, duplicates), log);
    } else repairRecords(value, result.errors, log);
    if (log.size === before) throw new MapRepairError(result.ok ? [] : result.errors);
  }
  throw new MapRepairError([{ path: "", message: `still not valid after ${MAX_ROUNDS} rounds of repair` }]);
}
