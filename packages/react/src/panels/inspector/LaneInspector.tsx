import { LANE_KIND_TITLES, LANE_KINDS, type Lane, removeLane, updateLane } from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a lane: title and kind. */
export function LaneInspector({ lane }: { lane: Lane }) {
  const { dispatch } = useInspector();
  return (
    <Section title="Lane" onDelete={() => dispatch(removeLane, { id: lane.id })}>
      <TextField
        label="Title"
        value={lane.title}
        onCommit={(title) => dispatch(updateLane, { id: lane.id, changes: { title } })}
      />
      <SelectField
        label="Kind"
        value={lane.kind}
        options={opts(LANE_KINDS, (k) => LANE_KIND_TITLES[k])}
        onChange={(kind) => kind && dispatch(updateLane, { id: lane.id, changes: { kind } })}
      />
    </Section>
  );
}
