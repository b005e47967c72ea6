import { removePersona } from "@journeykit/core";
import { useState } from "react";
import { addNewPersona } from "../commands/add-new-persona.js";
import { DraftTargetContext } from "../fields/draft-target.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { EmpathyMap } from "./EmpathyMap.js";
import { PersonaDetails } from "./PersonaDetails.js";
import { usePanelStoreApi } from "./panel-store.js";

/**
 * Personas: pick one, edit who they are, their needs and motivations, and their empathy map; "Open
 * board" shows the persona roomy, with the empathy map as a 2x2 grid.
 *
 * @example
 * <JourneyMapProvider value={map} onChange={setMap}>
 *   <PersonaPanel />
 * </JourneyMapProvider>
 */
export function PersonaPanel({ personaId }: { personaId?: string }) {
  const store = useStoreApi();
  const text = useEditorText();
  const { t } = text;
  const panels = usePanelStoreApi();
  const personas = useJourneyMapStore((s) => s.map.personas);
  const readOnly = useJourneyMapStore((s) => s.readOnly);
  const [confirming, setConfirming] = useState<string | null>(null);
  const persona = personas.find((p) => p.id === personaId) ?? personas[0];
  const { dispatch } = store.getState();

  return (
    <section className="jk-persona-panel" aria-label={t("personas.title")}>
      <header className="jk-inspector-head">
        <h2>{t("personas.title")}</h2>
        {!readOnly && (
          <button
            type="button"
            className="jk-button jk-button--small"
            onClick={() => addNewPersona(store, text)}
          >
            {t("personas.add")}
          </button>
        )}
      </header>
      {personas.length === 0 && <p className="jk-hint">{t("personas.none")}</p>}
      <div className="jk-persona-tabs" role="tablist" aria-label={t("personas.choose")}>
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
        <DraftTargetContext.Provider
          key={persona.id}
          value={{ target: { kind: "persona", id: persona.id }, place: "inspector" }}
        >
          <div role="tabpanel" aria-label={persona.name}>
            <button
              type="button"
              className="jk-button jk-button--small jk-open-board"
              aria-haspopup="dialog"
              onClick={() => panels.getState().openBoard(persona.id)}
            >
              {t("personas.openBoard", { name: persona.name })}
            </button>
            <PersonaDetails persona={persona} />
            <h3 className="jk-subhead">{t("personas.empathyMap")}</h3>
            <EmpathyMap persona={persona} />
            {!readOnly &&
              (confirming === persona.id ? (
                <div className="jk-confirm" role="alert">
                  {t("personas.confirmRemove", { name: persona.name })}
                  <button
                    type="button"
                    className="jk-button jk-button--danger jk-button--small"
                    onClick={() => {
                      dispatch(removePersona, { id: persona.id });
                      setConfirming(null);
                    }}
                  >
                    {t("personas.remove")}
                  </button>
                  <button
                    type="button"
                    className="jk-button jk-button--small"
                    onClick={() => setConfirming(null)}
                  >
                    {t("personas.keep")}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="jk-button jk-button--danger jk-button--small"
                  onClick={() => setConfirming(persona.id)}
                >
                  {t("personas.removeAsk")}
                </button>
              ))}
          </div>
        </DraftTargetContext.Provider>
      )}
    </section>
  );
}
