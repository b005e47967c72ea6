import {
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type MomentOfTruth,
  removeMomentOfTruth,
  updateMomentOfTruth,
} from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { opts, RATING, Section, useInspector } from "./inspector-parts.js";

/** Edits a moment of truth: title, kind, importance, outcome, stage. */
export function MomentInspector({ moment }: { moment: MomentOfTruth }) {
  const { dispatch, stageOptions, t } = useInspector();
  const set = (changes: Partial<typeof moment>) => dispatch(updateMomentOfTruth, { id: moment.id, changes });
  return (
    <Section title={t("record.moment")} onDelete={() => dispatch(removeMomentOfTruth, { id: moment.id })}>
      <TextField
        {...fieldLabel(t, "field.title")}
        value={moment.title}
        onCommit={(title) => set({ title })}
      />
      <SelectField
        label={t("field.kind")}
        value={moment.kind}
        options={opts(MOMENT_KINDS, (kind) => t(`inspector.momentKind.${kind}`))}
        onChange={(kind) => kind && set({ kind })}
      />
      <SelectField
        label={t("field.importance")}
        value={moment.importance}
        options={RATING}
        onChange={(importance) => importance && set({ importance })}
      />
      <SelectField
        label={t("field.outcome")}
        value={moment.outcome}
        none={t("inspector.unknown")}
        options={opts(MOMENT_OUTCOMES, (outcome) => t(`outcome.${outcome}`))}
        onChange={(outcome) => set({ outcome })}
      />
      <SelectField
        label={t("record.stage")}
        value={moment.stageId}
        options={stageOptions}
        onChange={(stageId) => stageId && set({ stageId, touchpointId: undefined })}
      />
      <TextField
        {...fieldLabel(t, "field.description")}
        value={moment.description ?? ""}
        multiline
        onCommit={(description) => set({ description: description || undefined })}
      />
    </Section>
  );
}
