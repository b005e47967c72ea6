import { type Persona, removePersona, updatePersona } from "@journeykit/core";
import { useState } from "react";
import { addNewPersona } from "../commands/add-new-persona.js";
import { StringListField, TextField } from "../fields/fields.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";

const QUADRANTS = [
  ["thinks", "Thinks"],
  ["feels", "Feels"],
  ["says", "Says"],
  ["does", "Does"],
] as const;
const LISTS = [
  ["needs", "Needs"],
  ["motivations", "Motivations"],
  ["goals", "Goals"],
  ["frustrations", "Frustrations"],
  ["psychographics", "Psychographics"],
] as const;

/** Personas: pick one, edit who they are, their needs and motivations, and their empathy map. */
export function PersonaPanel({ personaId }: { personaId?: string }) {
  const store = useStoreApi();
  const personas = useJourneyMapStore((s) => s.map.personas);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const [confirming, setConfirming] = useState<string | null>(null);
  const persona = personas.find((p) => p.id === personaId) ?? personas[0];
  const { dispatch } = store.getState();
  const set = (changes: Partial<Persona>) => persona && dispatch(updatePersona, { id: persona.id, changes });

  return (
    <section className="jk-persona-panel" aria-label="Personas">
      <header className="jk-inspector-head">
        <h2>Personas</h2>
        {!readOnly && (
          <button type="button" className="jk-button jk-button--small" onClick={() => addNewPersona(store)}>
            Add persona
          </button>
        )}
      </header>
      <div className="jk-persona-tabs" role="tablist" aria-label="Choose a persona">
        {personas.map((p) => (
          <button
            type="button"
            role="tab"
            key={p.id}
            aria-selected={p.id === persona?.id}
            className="jk-persona-tab"
            onClick={() => store.getState().select({ kind: "persona", id: p.id })}
          >
            <span className="jk-swatch" style={{ background: p.color, borderColor: p.color }} /> {p.name}
          </button>
        ))}
      </div>
      {persona && (
        // Keyed by persona: every field starts again from the chosen persona, never another one's draft.
        <div role="tabpanel" aria-label={persona.name} key={persona.id}>
          <TextField label="Name" value={persona.name} onCommit={(name) => set({ name })} />
          <TextField
            label="Role"
            value={persona.role ?? ""}
            onCommit={(role) => set({ role: role || undefined })}
          />
          <div className="jk-field">
            <label htmlFor={`color-${persona.id}`}>Colour</label>
            <input
              id={`color-${persona.id}`}
              type="color"
              value={/^#[0-9a-f]{6}$/i.test(persona.color) ? persona.color : "#2f80ed"}
              disabled={readOnly}
              onChange={(event) => set({ color: event.target.value })}
            />
          </div>
          <TextField
            label="Quote"
            value={persona.quote ?? ""}
            multiline
            onCommit={(quote) => set({ quote: quote || undefined })}
          />
          <StringListField
            label="Demographics (Key: value)"
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
          {LISTS.map(([key, label]) => (
            <StringListField
              key={key}
              label={label}
              values={persona[key]}
              onChange={(values) => set({ [key]: values })}
            />
          ))}
          <h3 className="jk-subhead">Empathy map</h3>
          <div className="jk-empathy">
            {QUADRANTS.map(([key, label]) => (
              <StringListField
                key={key}
                label={label}
                values={persona.empathyMap?.[key] ?? []}
                onChange={(values) =>
                  set({
                    empathyMap: {
                      thinks: [],
                      feels: [],
                      says: [],
                      does: [],
                      ...persona.empathyMap,
                      [key]: values,
                    },
                  })
                }
              />
            ))}
          </div>
          {!readOnly &&
            (confirming === persona.id ? (
              <div className="jk-confirm" role="alert">
                Remove {persona.name} and their emotion curve?
                <button
                  type="button"
                  className="jk-button jk-button--danger jk-button--small"
                  onClick={() => {
                    dispatch(removePersona, { id: persona.id });
                    setConfirming(null);
                  }}
                >
                  Remove
                </button>
                <button
                  type="button"
                  className="jk-button jk-button--small"
                  onClick={() => setConfirming(null)}
                >
                  Keep
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="jk-button jk-button--danger jk-button--small"
                onClick={() => setConfirming(persona.id)}
              >
                Remove persona…
              </button>
            ))}
        </div>
      )}
    </section>
  );
}
