import { type Card, EVIDENCE_LEVELS, removeCard, updateCard } from "@journeykit/core";
import { NumberField, SelectField, TextField } from "../../fields/fields.js";
import { useJourneyMapStore } from "../../hooks/useJourneyMapStore.js";
import { opts, RATING, Section, useInspector } from "./inspector-parts.js";

/** Edits a card: text, persona, touchpoint, severity or impact/effort, evidence, votes, tags. */
export function CardInspector({ card }: { card: Card }) {
  const { map, dispatch, personaOptions } = useInspector();
  const kind = map.lanes.find((l) => l.id === card.laneId)?.kind;
  const set = (changes: Partial<Card>) => dispatch(updateCard, { id: card.id, changes });
  // A host that counts votes (a live session's dot voting) owns the total: typing one here would be
  // put back by the count, so it is shown, not edited.
  const hostVotes = useJourneyMapStore((s) => s.hostVotes);
  return (
    <Section title="Card" onDelete={() => dispatch(removeCard, { id: card.id })}>
      <TextField label="Text" value={card.text} multiline onCommit={(text) => set({ text })} />
      <SelectField
        label="Persona"
        value={card.personaId}
        none="Everyone"
        options={personaOptions}
        onChange={(personaId) => set({ personaId })}
      />
      <SelectField
        label="Touchpoint"
        value={card.touchpointId}
        none="None"
        options={map.touchpoints
          .filter((t) => t.stageId === card.stageId)
          .map((t) => ({ value: t.id, label: t.name }))}
        onChange={(touchpointId) => set({ touchpointId })}
      />
      {(kind === "painPoints" || card.severity !== undefined) && (
        <SelectField
          label="Severity"
          value={card.severity}
          none="Not rated"
          options={RATING}
          onChange={(severity) => set({ severity })}
        />
      )}
      {(kind === "opportunities" || card.impact !== undefined || card.effort !== undefined) && (
        <div className="jk-field-row">
          <SelectField
            label="Impact"
            value={card.impact}
            none="—"
            options={RATING}
            onChange={(impact) => set({ impact })}
          />
          <SelectField
            label="Effort"
            value={card.effort}
            none="—"
            options={RATING}
            onChange={(effort) => set({ effort })}
          />
        </div>
      )}
      <SelectField
        label="Evidence"
        value={card.evidence}
        none="Not stated"
        options={opts(EVIDENCE_LEVELS)}
        onChange={(evidence) => set({ evidence })}
      />
      <NumberField
        label="Votes"
        value={card.votes}
        min={0}
        max={1_000_000}
        step={1}
        optional
        {...(hostVotes
          ? { readOnly: true, hint: "Counted by dot voting: give or take dots on the card" }
          : {})}
        onCommit={(votes) => set({ votes: votes || undefined })}
      />
      <TextField
        label="Tags (comma separated)"
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
