import { type Card, removeCard, updateCard } from "@journeykit/core";
import { useEffect, useRef, useState } from "react";
import type { JourneyMapStore } from "../../store/create-journey-map-store.js";

/** How long typing rests before the draft is saved into the map (one undo step for the whole edit). */
const SAVE_AFTER_MS = 700;

/**
 * The text being typed into a card, kept safe: it starts from the card's text the moment editing
 * starts (no empty flash), is saved into the map while typing rests and when the page is hidden or
 * closed (so a reload never loses it), and all of it is one undo step. A card that was empty when
 * editing started and is still empty when it ends is removed, folded into the step that added it.
 */
export function useCardDraft(store: JourneyMapStore, card: Card | undefined, editing: boolean) {
  const [draft, setDraft] = useState("");
  const [session, setSession] = useState<string | null>(null);
  const startedEmpty = useRef(false);
  const saved = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;
  if (editing && card && session !== card.id) {
    setSession(card.id);
    setDraft(card.text);
    startedEmpty.current = card.text === "";
    saved.current = false;
  }
  if (!editing && session !== null) setSession(null);

  const save = (text: string) => {
    const state = store.getState();
    const current = card && state.map.cards.find((c) => c.id === card.id);
    if (!current || current.text === text || (text === "" && startedEmpty.current)) return;
    // A new card's first words join the step that added it; later saves join the first.
    state.dispatch(
      updateCard,
      { id: current.id, changes: { text } },
      saved.current || startedEmpty.current ? "merge" : "record",
    );
    saved.current = true;
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!editing) return;
    const timer = setTimeout(() => saveRef.current(draft), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, editing]);

  useEffect(() => {
    if (!editing) return;
    const flush = () => saveRef.current(latest.current);
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [editing]);

  /** Ends editing: saves the draft, or removes a card that never got any text. */
  const finish = () => {
    const state = store.getState();
    if (card && latest.current.trim() === "" && startedEmpty.current) {
      state.dispatch(removeCard, { id: card.id }, "merge");
    } else save(latest.current);
    state.editCard(null);
  };
  return { draft, setDraft, finish };
}
