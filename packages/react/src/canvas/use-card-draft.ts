import { type Card, removeCard, updateCard } from "@journeykit/core";
import { useEffect, useRef, useState } from "react";
import { type DraftBox, useMergingDraft } from "../fields/use-merging-draft.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { draftKey } from "../store/draft.js";
import { recordById } from "../store/record-index.js";
import { useKeepDraft } from "../store/use-keep-draft.js";
import { useReportDraft } from "../store/use-report-draft.js";

/** What a card's text typed on the canvas is reported as. */
const cardDraftField = (id: string) =>
  ({ target: { kind: "card", id }, field: "text", place: "canvas" }) as const;

/**
 * The text being typed into a card: it starts from the card's text the moment editing starts (no empty
 * flash, no old text in front of new), is saved into the map when editing ends and when the page is
 * left or reloaded (pagehide, beforeunload; not on a mere tab switch, which would save a half-typed
 * text under another tab's feet) (before the host's own pagehide handlers: capture phase), and when the
 * editor turns read-only (a lock), as one undo step. A card
 * that was empty when editing started and is still empty when it ends is removed, folded into the step
 * that added it.
 *
 * While editing, the text is an open draft (`{ target: card, field: "text", place: "canvas" }`): a host
 * keeps it through a crash, and a restored one reopens the card with its text. A new card open with
 * nothing typed is a draft too, so after a reload it opens again instead of staying an "Empty card".
 *
 * When the card's text changes while it is open (someone else's words arrive in a live room), the
 * draft takes them in as it is typed (`useMergingDraft`: core's `mergeText`, the caret kept in `box`),
 * so finishing saves both people's words instead of replacing the other's.
 */
export function useCardDraft(
  store: JourneyMapStore,
  card: Card | undefined,
  editing: boolean,
  box?: DraftBox,
) {
  const text = useMergingDraft(card?.text ?? "", () => card?.text ?? "", box);
  const [session, setSession] = useState<string | null>(null);
  /** This editing session goes on with a draft the host restored (not the card's own text). */
  const [resumed, setResumed] = useState(false);
  const startedEmpty = useRef(false);
  const saved = useRef(false);
  const draftField = card ? cardDraftField(card.id) : null;
  if (editing && card && session !== card.id) {
    setSession(card.id);
    // A draft the host restored (after a reload or a crash) opens with the text typed then.
    const restored = store.drafts.getState().restored[draftKey(cardDraftField(card.id))];
    text.reset(restored?.text ?? card.text);
    setResumed(restored !== undefined);
    startedEmpty.current = card.text === "";
    saved.current = false;
  }
  if (!editing && session !== null) setSession(null);

  /** Saves what is typed, with what arrived for this card meanwhile merged in. */
  const save = () => {
    const state = store.getState();
    const current = card && recordById(state.map.cards, card.id);
    if (!current) return;
    const next = text.follow(current.text);
    if (current.text === next || (next === "" && startedEmpty.current)) return;
    // A new card's first words join the step that added it; later saves join the first.
    state.dispatch(
      updateCard,
      { id: current.id, changes: { text: next } },
      saved.current || startedEmpty.current ? "merge" : "record",
    );
    saved.current = true;
  };
  useEffect(() => {
    if (session !== null) store.drafts.getState().take(draftKey(cardDraftField(session)));
  }, [store, session]);
  const open = editing && session !== null && card !== undefined;
  useReportDraft(store, open ? draftField : null, text.base, text.text, open);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!editing) return;
    const flush = () => saveRef.current();
    // Capture phase: the draft reaches the map before a host's autosave flushes on the same event.
    window.addEventListener("pagehide", flush, true);
    window.addEventListener("beforeunload", flush, true);
    return () => {
      window.removeEventListener("pagehide", flush, true);
      window.removeEventListener("beforeunload", flush, true);
    };
  }, [editing]);

  /** Saves the draft, or removes a card that never got any text. */
  const commit = () => {
    const current = card && recordById(store.getState().map.cards, card.id);
    // Not when someone else typed into it meanwhile: their words are in the merged draft.
    if (current && startedEmpty.current && text.follow(current.text).trim() === "") {
      store.getState().dispatch(removeCard, { id: current.id }, "merge");
    } else save();
  };
  // A lock arriving while typing (the editor turning read-only) saves the text first.
  useKeepDraft(store, editing, commit);

  /** The text the host refused (onBeforeChange) when editing last tried to end, kept open with it. */
  const refusedText = useRef<string | null>(null);
  /**
   * Ends editing: saves the draft, or removes a card that never got any text. When the host refuses
   * the save, the card stays open with every word typed and the editor's notice says why (`false` is
   * returned); ending again with the same words leaves them unsaved, as the person then chose.
   */
  const finish = (): boolean => {
    const before = store.getState().refusal;
    const typed = text.text;
    if (refusedText.current !== typed) {
      commit();
      const after = store.getState().refusal;
      if (after !== null && after !== before) {
        refusedText.current = typed;
        return false;
      }
    }
    refusedText.current = null;
    store.getState().editCard(null);
    return true;
  };
  return { draft: text.text, setDraft: text.setText, composition: text.composition, finish, resumed };
}
