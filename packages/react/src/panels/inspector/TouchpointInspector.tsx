import { CHANNELS, removeTouchpoint, type Touchpoint, updateTouchpoint } from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a touchpoint: name, channel, owner, description. */
export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const { dispatch } = useInspector();
  const set = (changes: Partial<typeof touchpoint>) =>
    dispatch(updateTouchpoint, { id: touchpoint.id, changes });
  return (
    <Section title="Touchpoint" onDelete={() => dispatch(removeTouchpoint, { id: touchpoint.id })}>
      <TextField label="Name" value={touchpoint.name} onCommit={(name) => set({ name })} />
      <SelectField
        label="Channel"
        value={touchpoint.channel}
        options={opts(CHANNELS)}
        onChange={(channel) => channel && set({ channel })}
      />
      <TextField
        label="Owner"
        value={touchpoint.owner ?? ""}
        onCommit={(owner) => set({ owner: owner || undefined })}
      />
      <TextField
        label="Description"
        value={touchpoint.description ?? ""}
        multiline
        onCommit={(description) => set({ description: description || undefined })}
      />
    </Section>
  );
}
