import {
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type MomentOfTruth,
  removeMomentOfTruth,
  updateMomentOfTruth,
} from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { opts, RATING, Section, useInspector } from "./inspector-parts.js";

/** Edits a moment of truth: title, kind, importance, outcome, stage. */
export function MomentInspector({ moment }: { moment: MomentOfTruth }) {
  const { dispatch, stageOptions } = useInspector();
  const set = (changes: Partial<typeof moment>) => dispatch(updateMomentOfTruth, { id: moment.id, changes });
  return (
    <Section title="Moment of truth" onDelete={() => dispatch(removeMomentOfTruth, { id: moment.id })}>
      <TextField label="Title" value={moment.title} onCommit={(title) => set({ title })} />
      <SelectField
        label="Kind"
        value={moment.kind}
        options={opts(
          MOMENT_KINDS,
          (k) =>
            ({
              ZMOT: "ZMOT: zero (research)",
              FMOT: "FMOT: first encounter",
              SMOT: "SMOT: experience",
              UMOT: "UMOT: ultimate (sharing)",
              custom: "Custom",
            })[k],
        )}
        onChange={(kind) => kind && set({ kind })}
      />
      <SelectField
        label="Importance"
        value={moment.importance}
        options={RATING}
        onChange={(importance) => importance && set({ importance })}
      />
      <SelectField
        label="Outcome"
        value={moment.outcome}
        none="Unknown"
        options={opts(MOMENT_OUTCOMES)}
        onChange={(outcome) => set({ outcome })}
      />
      <SelectField
        label="Stage"
        value={moment.stageId}
        options={stageOptions}
        onChange={(stageId) => stageId && set({ stageId, touchpointId: undefined })}
      />
      <TextField
        label="Description"
        value={moment.description ?? ""}
        multiline
        onCommit={(description) => set({ description: description || undefined })}
      />
    </Section>
  );
}
