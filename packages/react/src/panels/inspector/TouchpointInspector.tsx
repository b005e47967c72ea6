import {
  CHANNELS,
  moveTouchpoint,
  removeTouchpoint,
  type Touchpoint,
  updateTouchpoint,
} from "@journeykit/core";
import { useContext } from "react";
import { focusGridItem } from "../../canvas/focus-grid-item.js";
import { RootElementContext } from "../../editor/root-context.js";
import { SelectField, TextField } from "../../fields/fields.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a touchpoint: name, stage (moves it there, last), channel, owner, description. */
export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const { dispatch, stageOptions } = useInspector();
  const root = useContext(RootElementContext);
  const set = (changes: Partial<typeof touchpoint>) =>
    dispatch(updateTouchpoint, { id: touchpoint.id, changes });
  return (
    <Section title="Touchpoint" onDelete={() => dispatch(removeTouchpoint, { id: touchpoint.id })}>
      {/* Enter names it and goes back to the touchpoint on the map, where N adds the next one. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: listens to the Name field's Enter as it bubbles */}
      <div
        onKeyDown={(event) => {
          if (event.key === "Enter")
            focusGridItem(root?.current, { kind: "touchpoint", id: touchpoint.id }, true);
        }}
      >
        <TextField label="Name" value={touchpoint.name} onCommit={(name) => set({ name })} />
      </div>
      <SelectField
        label="Stage"
        value={touchpoint.stageId}
        options={stageOptions}
        onChange={(stageId) => stageId && dispatch(moveTouchpoint, { id: touchpoint.id, stageId })}
      />
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
