import type { Issue } from "../parse/issue.js";

/** A plain JSON object being migrated. */
export type Doc = Record<string, unknown>;

/** What one migration step produced. */
export interface MigrationStepResult {
  ok: true;
  doc: Doc;
  /** What the step could not carry into a field of the new version, and where it kept it instead. */
  warnings?: Issue[];
  /**
   * Where parts of the new document came from: a path in the new version (`cards[4].text`) -> the
   * path in the old one (`stages[1].painPoints[0]`), so problems found later name the user's file.
   */
  origins?: ReadonlyMap<string, string>;
}

/**
 * One step of the migration ledger: turns a document of `from` version into `from + 1`. `up` works on
 * its own copy and reports problems as issues instead of throwing. It keeps what it does not
 * understand (in `meta`, with a warning): a migration never drops data silently.
 */
export interface Migration {
  /** Stable, ordered name, e.g. `"0001-flat-stages-to-normalized"`. */
  id: string;
  from: number;
  up(doc: Doc): MigrationStepResult | { ok: false; errors: Issue[] };
}
