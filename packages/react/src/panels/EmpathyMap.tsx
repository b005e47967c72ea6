import type { Persona } from "@journeykit/core";
import { StringListField } from "../fields/fields.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { fieldLabel } from "../i18n/field-label.js";
import { usePersonaUpdate } from "./PersonaDetails.js";

/** The empathy map's quadrants, each with its label's message. */
const QUADRANTS = ["thinks", "feels", "says", "does"] as const;

/**
 * A persona's empathy map, Thinks / Feels / Says / Does, each an editable list. A 2x2 grid where there
 * is room (the persona board), one column in the side panel. Render it keyed by the persona's id.
 */
export function EmpathyMap({ persona }: { persona: Persona }) {
  const set = usePersonaUpdate(persona.id);
  const { t } = useEditorText();
  return (
    <div className="jk-empathy">
      {QUADRANTS.map((key) => (
        <StringListField
          key={key}
          {...fieldLabel(t, `empathy.${key}`)}
          wrap
          values={persona.empathyMap?.[key] ?? []}
          onChange={(values) =>
            set({
              empathyMap: { thinks: [], feels: [], says: [], does: [], ...persona.empathyMap, [key]: values },
            })
          }
        />
      ))}
    </div>
  );
}
