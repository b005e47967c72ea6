import { updateMap } from "@journeykit/core";
import { SelectField, StringListField, TextField } from "../../fields/fields.js";
import { Section, useInspector } from "./inspector-parts.js";

/** Edits the map itself: title, description, current/future state, tags. */
export function MapInspector() {
  const { map, dispatch } = useInspector();
  return (
    <Section title="Journey map">
      <TextField
        label="Title"
        value={map.title}
        onCommit={(title) => dispatch(updateMap, { changes: { title } })}
      />
      <TextField
        label="Description"
        value={map.description ?? ""}
        multiline
        onCommit={(description) =>
          dispatch(updateMap, { changes: { description: description || undefined } })
        }
      />
      <SelectField
        label="State"
        value={map.state}
        options={[
          { value: "current" as const, label: "Current state" },
          { value: "future" as const, label: "Future state" },
        ]}
        onChange={(state) => state && dispatch(updateMap, { changes: { state } })}
      />
      <StringListField
        label="Tags"
        values={map.tags ?? []}
        onChange={(tags) => dispatch(updateMap, { changes: { tags } })}
      />
      <p className="jk-hint">Select a card, stage, lane, touchpoint, moment or persona to edit it.</p>
    </Section>
  );
}
