import type { Persona } from "@journeykit/core";
import { StringListField } from "../fields/fields.js";
import { usePersonaUpdate } from "./PersonaDetails.js";

const QUADRANTS = [
  ["thinks", "Thinks"],
  ["feels", "Feels"],
  ["says", "Says"],
  ["does", "Does"],
] as const;

/**
 * A persona's empathy map, Thinks / Feels / Says / Does, each an editable list. A 2x2 grid where there
 * is room (the persona board), one column in the side panel. Render it keyed by the persona's id.
 */
export function EmpathyMap({ persona }: { persona: Persona }) {
  const set = usePersonaUpdate(persona.id);
  return (
    <div className="jk-empathy">
      {QUADRANTS.map(([key, label]) => (
        <StringListField
          key={key}
          label={label}
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
