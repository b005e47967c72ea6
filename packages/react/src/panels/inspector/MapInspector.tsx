import { updateMap } from "@journeykit/core";
import { SelectField, StringListField, TextField } from "../../fields/fields.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { Section, useInspector } from "./inspector-parts.js";

/** Edits the map itself: title, description, current/future state, tags. */
export function MapInspector() {
  const { map, dispatch, t, text } = useInspector();
  return (
    <Section title={t("record.map")}>
      <TextField
        {...fieldLabel(t, "field.title")}
        value={map.title}
        onCommit={(title) => dispatch(updateMap, { changes: { title } })}
      />
      <TextField
        {...fieldLabel(t, "field.description")}
        value={map.description ?? ""}
        multiline
        onCommit={(description) =>
          dispatch(updateMap, { changes: { description: description || undefined } })
        }
      />
      <SelectField
        label={t("field.state")}
        value={map.state}
        options={[
          { value: "current" as const, label: text.core("overview.currentState") },
          { value: "future" as const, label: text.core("overview.futureState") },
        ]}
        onChange={(state) => state && dispatch(updateMap, { changes: { state } })}
      />
      <StringListField
        {...fieldLabel(t, "field.tags")}
        values={map.tags ?? []}
        onChange={(tags) => dispatch(updateMap, { changes: { tags } })}
      />
      <p className="jk-hint">{t("inspector.hint")}</p>
    </Section>
  );
}
