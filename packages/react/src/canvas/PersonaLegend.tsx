import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";

/**
 * Personas with their curve colours: click shows/hides a curve, Shift/Alt-click (or the ◎ button)
 * focuses it. It stays inside the lane's title cell (a long name is cut, whole on hover and in its
 * label), clear of the emotion scale beside it.
 */
export function PersonaLegend() {
  const store = useStoreApi();
  const { t } = useEditorText();
  const personas = useJourneyMapStore((s) => s.map.personas);
  const hidden = useJourneyMapStore((s) => s.hiddenPersonaIds);
  const focused = useJourneyMapStore((s) => s.focusedPersonaId);
  return (
    <ul className="jk-legend nodrag nowheel" aria-label={t("personas.title")}>
      {personas.map((p) => {
        const visible = !hidden.includes(p.id);
        return (
          <li key={p.id} className={focused === p.id ? "jk-legend--focused" : undefined}>
            <button
              type="button"
              className="jk-legend-toggle"
              aria-pressed={visible}
              aria-label={t(visible ? "legend.hide" : "legend.show", { name: p.name })}
              title={p.name}
              onClick={(event) => {
                const state = store.getState();
                if (event.shiftKey || event.altKey) state.focusPersona(focused === p.id ? null : p.id);
                else state.togglePersona(p.id);
              }}
            >
              <span
                className="jk-swatch"
                style={{ background: visible ? p.color : "transparent", borderColor: p.color }}
              />
              <span className={visible ? undefined : "jk-legend-hidden"}>{p.name}</span>
            </button>
            <button
              type="button"
              className="jk-legend-focus"
              aria-pressed={focused === p.id}
              aria-label={t("legend.focus", { name: p.name })}
              title={t("legend.focusTitle")}
              onClick={() => store.getState().focusPersona(focused === p.id ? null : p.id)}
            >
              ◎
            </button>
          </li>
        );
      })}
    </ul>
  );
}
