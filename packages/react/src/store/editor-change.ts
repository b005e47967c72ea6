/**
 * Where a change of the editor's map came from: an edit made in the editor (`"local"`: the canvas,
 * the toolbar, the keyboard, the hooks' `dispatch`), a step of its history (`"undo"`, `"redo"`),
 * another participant of the collaboration room (`"remote"`), or the host's own code through the
 * handle's `apply` (`"host"`).
 */
export type ChangeSource = "local" | "undo" | "redo" | "remote" | "host";

/** One change of a map as a JSON patch (immer's `Patch`, which the history and collaboration use too). */
export interface EditorPatch {
  readonly op: "add" | "replace" | "remove";
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/**
 * A change of the editor's map, as data: what `onBeforeChange` is asked about and what `onChange`
 * reports beside the new map.
 *
 * @example
 * onChange={(map, change) => {
 *   setMap(map);
 *   if (change.source === "local") audit.log(change.operation, change.args);
 * }}
 */
export interface EditorChange {
  /**
   * The core operation's name (`"addCard"`, `"updateCard"`, `"moveCard"`, … as in `@journeykit/core`),
   * or `"undo"` / `"redo"` for a step of the history and `"remote"` for a change made elsewhere in the
   * collaboration room.
   */
  readonly operation: string;
  /** The operation's arguments as dispatched (treat them as read-only); `null` for undo, redo and remote changes. */
  readonly args: unknown;
  /** The patches that turn the map before the change into the map after it (`updatedAt` included). */
  readonly patches: readonly EditorPatch[];
  readonly source: ChangeSource;
}

/**
 * What `onBeforeChange` answers: `false`, or the reason as a sentence, refuses the change (the editor
 * shows the reason); `true` or nothing lets it through.
 */
export type ChangeVerdict = boolean | string | undefined;

/** A change the host refused in `onBeforeChange`, and the reason it gave (`null` when it gave none). */
export interface ChangeRefusal {
  readonly change: EditorChange;
  readonly reason: string | null;
}

/**
 * The refusal a verdict means, or `null` when it lets the change through.
 *
 * @example
 * refusalOf(change, "Only facilitators add stages"); // { change, reason: "Only facilitators add stages" }
 */
export function refusalOf(change: EditorChange, verdict: ChangeVerdict): ChangeRefusal | null {
  if (verdict === undefined || verdict === true) return null;
  const reason = typeof verdict === "string" && verdict.trim() !== "" ? verdict.trim() : null;
  return { change, reason };
}
