import { type Persona, updatePersona } from "@journeykit/core";
import { useId } from "react";
import { StringListField, TextField } from "../fields/fields.js";
import { useReadOnly } from "../fields/use-read-only.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { fieldLabel } from "../i18n/field-label.js";

/** A persona's lists, each with its label's message. */
const LISTS = ["needs", "motivations", "goals", "frustrations", "psychographics"] as const;

/** Write `changes` into persona `id` (one undo step). */
export function usePersonaUpdate(id: string) {
  const store = useStoreApi();
  return (changes: Partial<Persona>) => store.getState().dispatch(updatePersona, { id, changes });
}

/**
 * Who a persona is: name, role, colour, quote, demographics, needs, motivations, goals, frustrations.
 * Render it keyed by the persona's id, so no field keeps a draft of another persona.
 */
export function PersonaDetails({ persona, lists = true }: { persona: Persona; lists?: boolean }) {
  const readOnly = useReadOnly(undefined);
  const set = usePersonaUpdate(persona.id);
  const colorId = useId();
  const { t } = useEditorText();
  return (
    <>
      <TextField {...fieldLabel(t, "persona.name")} value={persona.name} onCommit={(name) => set({ name })} />
      <TextField
        {...fieldLabel(t, "persona.role")}
        value={persona.role ?? ""}
        onCommit={(role) => set({ role: role || undefined })}
      />
      <div className="jk-field">
        <label htmlFor={colorId}>{t("persona.colour")}</label>
        <input
          id={colorId}
          type="color"
          value={/^#[0-9a-f]{6}$/i.test(persona.color) ? persona.color : "#2f80ed"}
          disabled={readOnly}
          onChange={(event) => set({ color: event.target.value })}
        />
      </div>
      <TextField
        {...fieldLabel(t, "persona.quote")}
        value={persona.quote ?? ""}
        multiline
        onCommit={(quote) => set({ quote: quote || undefined })}
      />
      {lists && (
        <>
          <StringListField
            {...fieldLabel(t, "persona.demographics")}
            values={Object.entries(persona.demographics).map(([k, v]) => `${k}: ${v}`)}
            onChange={(rows) =>
              set({
                demographics: Object.fromEntries(
                  rows.map((row) => {
                    const at = row.indexOf(":");
                    return at < 0 ? [row.trim(), ""] : [row.slice(0, at).trim(), row.slice(at + 1).trim()];
                  }),
                ),
              })
            }
          />
          {LISTS.map((key) => (
            <StringListField
              key={key}
              {...fieldLabel(t, `persona.${key}`)}
              wrap
              values={persona[key]}
              onChange={(values) => set({ [key]: values })}
            />
          ))}
        </>
      )}
    </>
  );
}
