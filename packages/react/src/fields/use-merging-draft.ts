import { mergeText, mergeTextSelection, type TextSelection } from "@journeykit/core";
import { useRef, useState } from "react";
import { useIsomorphicLayoutEffect } from "../editor/use-isomorphic-layout-effect.js";

/** The element a draft is typed into, when the caller has one. */
export type DraftBox = { current: HTMLInputElement | HTMLTextAreaElement | null };

interface DraftState {
  /** What the box shows. */
  text: string;
  /** The map's text that `text` is an edit of. */
  base: string;
  /** Where the caret goes once a merged text is on screen (set only by a merge while typing). */
  caret?: TextSelection;
}

/** An open draft of one text field (see `useMergingDraft`). */
export interface MergingDraft {
  /** What the box shows. */
  text: string;
  /** The map's text `text` is an edit of: what the field held when this text was typed. */
  base: string;
  /** Typing. */
  setText(text: string): void;
  /** Start over from `text`, typed over the map's text as it is now (a new editing session, a restored draft). */
  reset(text: string): void;
  /**
   * The draft merged onto `now`, the map's text at this moment (unchanged when `now` is the text the
   * draft started from): what a save writes. The draft is that text from here on.
   */
  follow(now: string): string;
  /** Spread on the box: while an input method composes a word, a merge waits for it to end. */
  composition: { onCompositionStart(): void; onCompositionEnd(): void };
}

/** `state` moved onto the map's new text `committed`. */
function moved(state: DraftState, committed: string, merge: boolean, box: DraftBox | undefined): DraftState {
  // A value that does not merge (a number): show what the map holds. The map holding exactly what is
  // typed (this draft's own save): nothing to merge. Nothing typed: the merge is the map's text.
  if (!merge || state.text === committed) return { text: committed, base: committed };
  const element = box?.current;
  const typing = element && element.ownerDocument.activeElement === element && element.value === state.text;
  if (!typing) return { text: mergeText(state.base, state.text, committed), base: committed };
  const caret = {
    start: element.selectionStart ?? state.text.length,
    end: element.selectionEnd ?? state.text.length,
  };
  const merged = mergeTextSelection(state.base, state.text, committed, caret);
  return { text: merged.text, base: committed, caret: merged.selection };
}

/**
 * The text typed into one field, over the map's text `committed`. When the map's text changes while
 * something is typed (someone else's words arrive in a live room, a host changes the value), the draft
 * keeps both: it becomes core's `mergeText` of the two, shown at once, the caret where the person was
 * typing (between the same characters), so the save that ends the draft keeps the other person's
 * words instead of replacing them. Nothing typed: the field shows what the map holds. `merge: false`
 * (a number) shows the map's value instead, as before. A save writes `follow(mapTextNow)`.
 *
 * @example
 * const box = useRef<HTMLTextAreaElement>(null);
 * const draft = useMergingDraft(card.text, () => card.text, box);
 * <textarea ref={box} value={draft.text} onChange={(e) => draft.setText(e.target.value)} {...draft.composition} />
 * // on blur: dispatch(updateCard, { id, changes: { text: draft.follow(currentCardText()) } })
 */
export function useMergingDraft(
  committed: string,
  initial: () => string,
  box?: DraftBox,
  merge = true,
): MergingDraft {
  const [state, setState] = useState<DraftState>(() => ({ text: initial(), base: committed }));
  const composing = useRef(false);
  let current = state;
  if (state.base !== committed && !composing.current) {
    // The map's text changed under the draft: take it in now (render-time state, as React's guide
    // "storing information from previous renders" does), before anything shows the old text.
    current = moved(state, committed, merge, box);
    setState(current);
  }
  const latest = useRef(current);
  latest.current = current;
  const latestBox = useRef(box);
  latestBox.current = box;
  const merging = useRef(merge);
  merging.current = merge;

  // Before the paint: the caret never shows at the end of the box first.
  useIsomorphicLayoutEffect(() => {
    const element = latestBox.current?.current;
    if (!current.caret || !element || element.ownerDocument.activeElement !== element) return;
    element.setSelectionRange(current.caret.start, current.caret.end);
  }, [current.caret]);

  const [actions] = useState(() => {
    const set = (next: DraftState) => {
      latest.current = next;
      setState(next);
    };
    return {
      setText: (text: string) => set({ text, base: latest.current.base }),
      follow(now: string) {
        const { text, base } = latest.current;
        const next = !merging.current || text === now ? text : mergeText(base, text, now);
        if (next !== text || base !== now) set({ text: next, base: now });
        return next;
      },
      composition: {
        onCompositionStart() {
          composing.current = true;
        },
        onCompositionEnd() {
          composing.current = false;
          // A merge that waited for the word: a new state object renders and takes it in.
          setState((s) => ({ ...s }));
        },
      },
    };
  });
  return {
    text: current.text,
    base: current.base,
    setText: actions.setText,
    reset: (text: string) => {
      latest.current = { text, base: committed };
      setState(latest.current);
    },
    follow: actions.follow,
    composition: actions.composition,
  };
}
