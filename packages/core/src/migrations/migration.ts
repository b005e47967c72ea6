import type { Issue } from "../parse/issue.js";

/** A plain JSON object being migrated. */
export type Doc = Record<string, unknown>;

/**
 * One step of the migration ledger: turns a document of `from` version into `from + 1`. `up` works on
 * its own copy and reports problems as issues instead of throwing.
 */
export interface Migration {
  /** Stable, ordered name, e.g. `"0001-flat-stages-to-normalized"`. */
  id: string;
  from: number;
  up(doc: Doc): { ok: true; doc: Doc } | { ok: false; errors: Issue[] };
}
