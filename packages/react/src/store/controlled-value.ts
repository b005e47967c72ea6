import type { History, JourneyMap } from "@journeykit/core";

type HistoryCheckpoint = ReturnType<History["checkpoint"]>;

/**
 * What the host's `value` answered to the edits shown since its last one: `show` is the map to show
 * (the host's), and `from` the map the history now fits (the host's last map, or one the editor
 * reported). When they differ, the host changed the map itself and the steps its change invalidates
 * must go, as for any change from outside.
 */
export interface ValueAnswer {
  show: JourneyMap;
  from: JourneyMap;
}

/**
 * A controlled editor's edits waiting for the host's answer (React's controlled `<input>`, for a
 * map). An edit is shown and reported at once; the host's next `value` says whether it stays. Kept
 * meanwhile: the host's last map, the history as that map has it, and each map reported since with
 * the history after it. So an edit the host did not take leaves the screen and the history together.
 *
 * @example
 * const controlled = createControlledValue(history, map);
 * controlled.beforeEdit();          // before the history records an edit
 * history.record(applied);
 * controlled.edited(applied.map);   // the map reported through onChange
 * controlled.answer(value, shown);  // after the host's render: null when it took everything
 */
export interface ControlledValue {
  /** Before an edit changes the history: remembers the history as the host's map has it (once per answer). */
  beforeEdit(): void;
  /** After an edit is recorded and shown: the map the host is asked to give back. */
  edited(map: JourneyMap): void;
  /**
   * The host's `value` after a render, with the map shown. `null` when the host holds what is shown.
   * Otherwise the history is back where `from` has it: at the last edit the host took (when `value`
   * is one the editor reported), else at the host's previous map (an edit it did not take, or a map of
   * its own).
   */
  answer(value: JourneyMap, shown: JourneyMap): ValueAnswer | null;
  /** The host's map is `map` and no edit waits (a map set from outside the answer, such as `setMap`). */
  reset(map: JourneyMap): void;
}

/** Tracks a controlled editor's unanswered edits over `history`, starting from the host's `map`. */
export function createControlledValue(history: History, map: JourneyMap): ControlledValue {
  let confirmed = map;
  let base: HistoryCheckpoint | null = null;
  let waiting: { map: JourneyMap; after: HistoryCheckpoint }[] = [];
  const reset = (next: JourneyMap) => {
    confirmed = next;
    base = null;
    waiting = [];
  };
  return {
    beforeEdit() {
      base ??= history.checkpoint();
    },
    edited(next) {
      waiting.push({ map: next, after: history.checkpoint() });
    },
    answer(value, shown) {
      if (value === shown) {
        reset(value);
        return null;
      }
      const taken = waiting.findLast((edit) => edit.map === value);
      let from = shown;
      if (taken) {
        history.restore(taken.after);
        from = value;
      } else if (base) {
        history.restore(base);
        from = confirmed;
      }
      reset(value);
      return { show: value, from };
    },
    reset,
  };
}
