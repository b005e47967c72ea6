import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { usePanelStoreApi } from "./panel-store.js";

/**
 * Whose journey this is, at a glance: each persona's colour, name, role and quote in a compact row
 * that wraps. A persona opens their board (click, Enter or Space).
 *
 * @example
 * <JourneyMapProvider value={map} onChange={setMap}>
 *   <PersonaStrip />
 *   <JourneyCanvas />
 * </JourneyMapProvider>
 */
export function PersonaStrip() {
  const personas = useJourneyMapStore((s) => s.map.personas);
  const panels = usePanelStoreApi();
  const { t } = useEditorText();
  if (personas.length === 0) return null;
  return (
    <ul className="jk-persona-strip" aria-label={t("personas.strip")}>
      {personas.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className="jk-persona-chip"
            aria-haspopup="dialog"
            title={p.quote ? t("quotes.quoted", { text: p.quote }) : undefined}
            onClick={() => panels.getState().openBoard(p.id)}
          >
            <span className="jk-swatch jk-swatch--large" style={{ background: p.color }} aria-hidden="true" />
            <span className="jk-persona-chip-text">
              <span className="jk-persona-chip-name">
                {p.name}
                {p.role && <span className="jk-persona-chip-role"> · {p.role}</span>}
              </span>
              {p.quote && <q className="jk-persona-chip-quote">{p.quote}</q>}
            </span>
            <span className="jk-sr-only">{t("personas.openBoardHint")}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
