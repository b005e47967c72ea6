import {
  CHANNELS,
  channelLabel,
  moveTouchpoint,
  removeTouchpoint,
  type Touchpoint,
  updateTouchpoint,
} from "@journeykit/core";
import { SelectField, TextField } from "../../fields/fields.js";
import { useStoreApi } from "../../hooks/useStoreApi.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a touchpoint: name, stage (moves it there, last), channel, owner, description. */
export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const { dispatch, stageOptions, t, text } = useInspector();
  const store = useStoreApi();
  const set = (changes: Partial<typeof touchpoint>) =>
    dispatch(updateTouchpoint, { id: touchpoint.id, changes });
  return (
    <Section
      title={t("record.touchpoint")}
      onDelete={() => dispatch(removeTouchpoint, { id: touchpoint.id })}
    >
      {/* Enter names it and goes back to the touchpoint on the map, where N adds the next one. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: listens to the Name field's Enter as it bubbles */}
      <div
        onKeyDown={(event) => {
          if (event.key === "Enter") store.getState().requestFocus({ kind: "touchpoint", id: touchpoint.id });
        }}
      >
        <TextField
          {...fieldLabel(t, "field.name")}
          value={touchpoint.name}
          onCommit={(name) => set({ name })}
        />
      </div>
      <SelectField
        label={t("record.stage")}
        value={touchpoint.stageId}
        options={stageOptions}
        onChange={(stageId) => stageId && dispatch(moveTouchpoint, { id: touchpoint.id, stageId })}
      />
      <SelectField
        label={t("field.channel")}
        value={touchpoint.channel}
        options={opts(CHANNELS, (channel) => channelLabel(channel, text.labels))}
        onChange={(channel) => channel && set({ channel })}
      />
      <TextField
        {...fieldLabel(t, "field.owner")}
        value={touchpoint.owner ?? ""}
        onCommit={(owner) => set({ owner: owner || undefined })}
      />
      <TextField
        {...fieldLabel(t, "field.description")}
        value={touchpoint.description ?? ""}
        multiline
        onCommit={(description) => set({ description: description || undefined })}
      />
    </Section>
  );
}
