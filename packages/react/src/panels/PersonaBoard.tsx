import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef } from "react";
import { DraftTargetContext } from "../fields/draft-target.js";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { EmpathyMap } from "./EmpathyMap.js";
import { PersonaDetails } from "./PersonaDetails.js";
import { usePanelStore, usePanelStoreApi } from "./panel-store.js";

const FOCUSABLE = "button:not(:disabled), input:not(:disabled), textarea, select, [tabindex='0']";

/** Keep Tab inside the dialog: past the last control back to the first, and the other way round. */
function trapTab(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The persona board: one persona, roomy: who they are, their needs and goals, and their empathy map as
 * a 2x2 grid (Thinks, Feels, Says, Does) editable in place, nothing cut short. A dialog inside the
 * editor, opened from the persona strip or the Personas panel; Escape closes it and focus returns to
 * what opened it. Read-only editors show the same board without inputs.
 */
export function PersonaBoard() {
  const panels = usePanelStoreApi();
  const personaId = usePanelStore((s) => s.boardPersonaId);
  const personas = useJourneyMapStore((s) => s.map.personas);
  const persona = personaId ? personas.find((p) => p.id === personaId) : undefined;
  const open = !!persona;
  const titleId = useId();
  const { t } = useEditorText();
  const dialog = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // On the persona's tab, unless a field inside already took the focus (a restored draft goes on).
    if (!dialog.current?.contains(document.activeElement))
      dialog.current?.querySelector<HTMLElement>("[role=tab][aria-selected=true]")?.focus();
    return () => {
      // Back where the person was (the strip's chip, the panel's button).
      if (returnTo.current?.isConnected) returnTo.current.focus();
    };
  }, [open]);
  // An arrow key on the tabs shows another persona: focus on its tab, once it is drawn selected.
  const tabMoved = useRef(false);
  useLayoutEffect(() => {
    if (!tabMoved.current || !personaId) return;
    tabMoved.current = false;
    dialog.current?.querySelector<HTMLElement>("[role=tab][aria-selected=true]")?.focus();
  }, [personaId]);
  useEffect(() => {
    // The persona was removed (undo, a collaborator): nothing to show.
    if (personaId && !persona) panels.getState().closeBoard();
  }, [personaId, persona, panels]);

  if (!persona) return null;
  const close = () => panels.getState().closeBoard();
  const moveTab = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const at = personas.findIndex((p) => p.id === persona.id);
    const next = personas[(at + step + personas.length) % personas.length];
    if (!next) return;
    tabMoved.current = true;
    panels.getState().openBoard(next.id);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the board closes it, as Escape and Close do
    <div
      className="jk-board-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && close()}
    >
      <div
        ref={dialog}
        className="jk-board"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          // The board's keys are its own: no editor shortcut (Delete, N, arrows) acts on the map behind it.
          event.stopPropagation();
          if (event.key === "Escape") {
            event.preventDefault();
            close();
          } else trapTab(event);
        }}
      >
        <header className="jk-board-head">
          <h2 id={titleId}>
            <span className="jk-swatch jk-swatch--large" style={{ background: persona.color }} />
            {persona.name}
            <span className="jk-sr-only">{t("board.title")}</span>
          </h2>
          <div className="jk-persona-tabs" role="tablist" aria-label={t("board.tabs")} onKeyDown={moveTab}>
            {personas.map((p) => (
              <button
                type="button"
                role="tab"
                key={p.id}
                aria-selected={p.id === persona.id}
                tabIndex={p.id === persona.id ? 0 : -1}
                className="jk-persona-tab"
                onClick={() => panels.getState().openBoard(p.id)}
              >
                <span className="jk-swatch" style={{ background: p.color, borderColor: p.color }} /> {p.name}
              </button>
            ))}
          </div>
          <button type="button" className="jk-button jk-button--small" onClick={close}>
            {t("common.close")}
          </button>
        </header>
        {/* Keyed by persona: every field starts again from the persona shown, never another one's draft. */}
        <DraftTargetContext.Provider
          key={persona.id}
          value={{ target: { kind: "persona", id: persona.id }, place: "personaBoard" }}
        >
          <div className="jk-board-body" role="tabpanel" aria-label={persona.name}>
            <section className="jk-board-details" aria-label={t("board.details")}>
              <PersonaDetails persona={persona} />
            </section>
            <section className="jk-board-empathy" aria-labelledby={`${titleId}-empathy`}>
              <h3 id={`${titleId}-empathy`} className="jk-subhead">
                {t("personas.empathyMap")}
              </h3>
              <EmpathyMap persona={persona} />
            </section>
          </div>
        </DraftTargetContext.Provider>
      </div>
    </div>
  );
}
