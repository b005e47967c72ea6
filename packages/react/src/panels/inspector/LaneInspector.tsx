import { LANE_KINDS, type Lane, laneKindTitle, removeLane, updateLane } from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a lane: title and kind. */
export function LaneInspector({ lane }: { lane: Lane }) {
  const { dispatch, t, text } = useInspector();
  return (
    <Section title={t("record.lane")} onDelete={() => dispatch(removeLane, { id: lane.id })}>
      <TextField
        {...fieldLabel(t, "field.title")}
        value={lane.title}
        onCommit={(title) => dispatch(updateLane, { id: lane.id, changes: { title } })}
      />
      <SelectField
        label={t("field.kind")}
        value={lane.kind}
        options={opts(LANE_KINDS, (k) => laneKindTitle(k, text.labels))}
        onChange={(kind) => kind && dispatch(updateLane, { id: lane.id, changes: { kind } })}
      />
    </Section>
  );
}
