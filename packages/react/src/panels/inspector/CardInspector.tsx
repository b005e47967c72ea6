import { type Card, EVIDENCE_LEVELS, removeCard, updateCard } from "@journeykit/core";
import { NumberField, SelectField, TextField } from "../../fields/fields.js";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { opts, RATING, Section, useInspector } from "./inspector-parts.js";

/** Edits a card: text, persona, touchpoint, severity or impact/effort, evidence, votes, tags. */
export function CardInspector({ card }: { card: Card }) {
  const { map, dispatch, personaOptions, t, text } = useInspector();
  const kind = map.lanes.find((l) => l.id === card.laneId)?.kind;
  const set = (changes: Partial<Card>) => dispatch(updateCard, { id: card.id, changes });
  // A host that counts votes (a live session's dot voting) owns the total: typing one here would be
  // put back by the count, so it is shown, not edited.
  const hostVotes = useJourneyMapStore((s) => s.hostVotes);
  return (
    <Section title={t("record.card")} onDelete={() => dispatch(removeCard, { id: card.id })}>
      <TextField
        {...fieldLabel(t, "field.text")}
        value={card.text}
        multiline
        onCommit={(text) => set({ text })}
      />
      <SelectField
        label={t("record.persona")}
        value={card.personaId}
        none={t("inspector.everyone")}
        options={personaOptions}
        onChange={(personaId) => set({ personaId })}
      />
      <SelectField
        label={t("record.touchpoint")}
        value={card.touchpointId}
        none={t("inspector.none")}
        options={map.touchpoints
          .filter((tp) => tp.stageId === card.stageId)
          .map((tp) => ({ value: tp.id, label: tp.name }))}
        onChange={(touchpointId) => set({ touchpointId })}
      />
      {(kind === "painPoints" || card.severity !== undefined) && (
        <SelectField
          label={t("field.severity")}
          value={card.severity}
          none={t("inspector.notRated")}
          options={RATING}
          onChange={(severity) => set({ severity })}
        />
      )}
      {(kind === "opportunities" || card.impact !== undefined || card.effort !== undefined) && (
        <div className="jk-field-row">
          <SelectField
            label={t("field.impact")}
            value={card.impact}
            none="—"
            options={RATING}
            onChange={(impact) => set({ impact })}
          />
          <SelectField
            label={t("field.effort")}
            value={card.effort}
            none="—"
            options={RATING}
            onChange={(effort) => set({ effort })}
          />
        </div>
      )}
      <SelectField
        label={t("field.evidence")}
        value={card.evidence}
        none={t("inspector.notStated")}
        options={opts(EVIDENCE_LEVELS, (level) => text.core(`evidence.${level}`))}
        onChange={(evidence) => set({ evidence })}
      />
      <NumberField
        {...fieldLabel(t, "field.votes")}
        value={card.votes}
        min={0}
        max={1_000_000}
        step={1}
        optional
        {...(hostVotes ? { readOnly: true, hint: t("inspector.votesCounted") } : {})}
        onCommit={(votes) => set({ votes: votes || undefined })}
      />
      <TextField
        {...fieldLabel(t, "field.cardTags")}
        value={(card.tags ?? []).join(", ")}
        onCommit={(text) => {
          const tags = text
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean);
          set({ tags: tags.length ? tags : undefined });
        }}
      />
    </Section>
  );
}
