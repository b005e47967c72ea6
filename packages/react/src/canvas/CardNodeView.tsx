import {
  CARD_MAX_LINES,
  type Card,
  type CardBox,
  LANE_KINDS,
  type LaneKind,
  laneKindTitle,
} from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { EditorText } from "../i18n/editor-catalogue.js";
import type { JourneyMapState } from "../store/create-journey-map-store.js";
import { recordById } from "../store/record-index.js";
import type { CardNode } from "./build-nodes.js";
import { gridElementId, gridItemAttributes } from "./grid-item.js";
import { useCardDraft } from "./use-card-draft.js";
import { gridTabIndex } from "./use-grid-tab-index.js";

/** What a screen reader hears after a card's text: its lane's kind, its ratings and votes, its stage. */
function describe({ t, labels }: EditorText, card: Card, kind: string, stageName: string): string {
  const parts = [
    (LANE_KINDS as readonly string[]).includes(kind) ? laneKindTitle(kind as LaneKind, labels) : kind,
  ];
  if (card.severity) parts.push(t("cardNode.describeSeverity", { value: card.severity }));
  if (card.impact) parts.push(t("cardNode.describeImpact", { value: card.impact }));
  if (card.effort) parts.push(t("cardNode.describeEffort", { value: card.effort }));
  if (card.votes) parts.push(t("cardNode.describeVotes", { count: card.votes }));
  parts.push(t("cardNode.describeStage", { stage: stageName }));
  return parts.join(", ");
}

/**
 * What a card shows from the store, in one subscription: on a 10,000-card map every store update calls
 * each card's selector, so one call per card, not eight. Lookups are O(1) (indexes built once per map
 * change), never a scan of the cards.
 */
function selectCardView(s: JourneyMapState, box: CardBox) {
  return {
    card: recordById(s.map.cards, box.id),
    stageName: recordById(s.map.stages, box.stageId)?.name ?? "",
    selected: s.selection?.kind === "card" && s.selection.id === box.id,
    editing: s.editingCardId === box.id,
    voting: s.voting,
    readOnly: s.readOnly,
    hostVotes: s.hostVotes,
    tabIndex: gridTabIndex(s, { kind: "card", id: box.id }),
    instanceId: s.instanceId,
  };
}

type CardView = ReturnType<typeof selectCardView>;

/** Field by field (zustand's generic `shallow` costs more than the rest of the card's update). */
function sameCardView(a: CardView, b: CardView): boolean {
  return (
    a.card === b.card &&
    a.stageName === b.stageName &&
    a.selected === b.selected &&
    a.editing === b.editing &&
    a.voting === b.voting &&
    a.readOnly === b.readOnly &&
    a.hostVotes === b.hostVotes &&
    a.tabIndex === b.tabIndex &&
    a.instanceId === b.instanceId
  );
}

/** A sticky note on the canvas: focusable, editable in place (Enter / double-click), votable. */
export const CardNodeView = memo(function CardNodeView({ data }: NodeProps<CardNode>) {
  const { box } = data;
  const store = useStoreApi();
  const text = useEditorText();
  const { t } = text;
  const gridItem = { kind: "card", id: box.id } as const;
  const { card, stageName, selected, editing, voting, readOnly, hostVotes, tabIndex, instanceId } =
    useJourneyMapStore((s) => selectCardView(s, box), sameCardView);
  const input = useRef<HTMLTextAreaElement>(null);
  const {
    draft,
    setDraft,
    composition,
    finish: finishDraft,
    resumed,
  } = useCardDraft(store, card, editing, input);
  const finishing = useRef(false);

  // Focus and select once the textarea holds the card's text (the draft is set before this render); a
  // restored draft gets the caret after its text instead, so the next key goes on, never replaces it.
  useEffect(() => {
    const box = input.current;
    if (!editing || !box) return;
    box.focus();
    if (resumed) {
      box.setSelectionRange(box.value.length, box.value.length);
      box.scrollTop = box.scrollHeight; // the end of the text in view, where the caret is
    } else box.select();
  }, [editing, resumed]);

  if (!card) return null;
  /**
   * Ends editing and puts focus back at once (the next key, N or an arrow, must not land on the page):
   * on the card, or on its cell when the card was left empty and removed. Not when the text field lost
   * focus to another element (`away`, the person clicked or tabbed there): focus stays there.
   */
  const finish = (away?: EventTarget | null) => {
    if (finishing.current) return;
    finishing.current = true;
    const element = input.current?.closest<HTMLElement>("[data-card-id]");
    if (!finishDraft()) {
      // The host refused the text: the card stays open with it, the caret where it was.
      finishing.current = false;
      return;
    }
    const state = store.getState();
    if (recordById(state.map.cards, card.id)) {
      element?.focus({ preventScroll: true });
      if (!(away instanceof Element)) state.requestFocus({ kind: "card", id: card.id });
    } else if (!(away instanceof Element))
      state.requestFocus({ kind: "cell", laneId: card.laneId, stageId: card.stageId });
    finishing.current = false;
  };
  // A host that counts votes (onVote) gets the button on a read-only map too: votes are not edits there.
  const votable =
    voting && (hostVotes || !readOnly) && (box.kind === "painPoints" || box.kind === "opportunities");

  // No wrapper: React Flow's node box holds the card and its vote button (few DOM nodes per card).
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a sticky note holds a textarea while editing, which a <button> cannot */}
      <div
        className={`jk-card jk-card--${box.kind}${selected ? " jk-card--selected" : ""}`}
        style={card.color ? { background: card.color } : undefined}
        data-card-id={card.id}
        id={gridElementId(instanceId, gridItem)}
        {...gridItemAttributes(gridItem)}
        role="button"
        tabIndex={tabIndex}
        aria-describedby={`jk-card-desc-${card.id}`}
        aria-pressed={selected}
        onFocus={() => store.getState().select({ kind: "card", id: card.id })}
        onClick={() => store.getState().select({ kind: "card", id: card.id })}
        onKeyDown={(event) => {
          if (event.key === " " && !editing) {
            event.preventDefault();
            store.getState().editCard(card.id);
          }
        }}
        onDoubleClick={(event) => {
          event.stopPropagation();
          store.getState().editCard(card.id);
        }}
      >
        {editing ? (
          <textarea
            ref={input}
            className="jk-card-editor nodrag nowheel"
            aria-label={t("cardNode.text")}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            {...composition}
            onBlur={(event) => finish(event.relatedTarget)}
            onKeyDown={(event) => {
              event.stopPropagation();
              if (event.key === "Escape" || (event.key === "Enter" && !event.shiftKey)) {
                event.preventDefault();
                finish();
              }
            }}
          />
        ) : (
          // Clamped at the layout's line count with "…", as SVG, PNG and PPTX cut a long card.
          <p className="jk-card-text" style={{ WebkitLineClamp: CARD_MAX_LINES }}>
            {card.text || <span className="jk-placeholder">{t("cardNode.empty")}</span>}
          </p>
        )}
        <span
          id={`jk-card-desc-${card.id}`}
          className="jk-sr-only"
          data-card-description=""
          aria-hidden="true"
        >
          {describe(text, card, box.kind, stageName)}
        </span>
        {box.hasBadges && (
          <div className="jk-card-badges" aria-hidden="true">
            {card.severity !== undefined && (
              // The dim dots are drawn by CSS from data-dim: one element, not two.
              <span
                className={`jk-badge jk-severity-${card.severity}`}
                title={t("cardNode.severity", { value: card.severity })}
                data-dim={"●".repeat(5 - card.severity)}
              >
                {"●".repeat(card.severity)}
              </span>
            )}
            {card.impact !== undefined && (
              <span className="jk-badge">{text.core("card.impact", { value: card.impact })}</span>
            )}
            {card.effort !== undefined && (
              <span className="jk-badge">{text.core("card.effort", { value: card.effort })}</span>
            )}
            {(card.votes ?? 0) > 0 && <span className="jk-badge jk-votes">● {card.votes}</span>}
          </div>
        )}
      </div>
      {votable && (
        <button
          type="button"
          className="jk-vote nodrag"
          aria-label={t("cardNode.vote", { text: card.text, count: card.votes ?? 0 })}
          title={t("cardNode.voteTitle")}
          onClick={(event) => {
            event.stopPropagation();
            store.getState().vote(card.id, event.altKey ? -1 : 1);
          }}
          onKeyDown={(event) => {
            if (event.key !== "-") return;
            event.preventDefault();
            event.stopPropagation();
            store.getState().vote(card.id, -1);
          }}
        >
          +1
        </button>
      )}
    </>
  );
});
