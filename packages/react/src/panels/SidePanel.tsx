import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { Inspector } from "./inspector/Inspector.js";
import { PersonaPanel } from "./PersonaPanel.js";
import { INSPECTOR_TAB, PERSONAS_TAB, usePanelStore, usePanelStoreApi } from "./panel-store.js";

/**
 * A tab the host adds to the editor's side panel, next to Inspector and Personas. `render` runs inside
 * the editor, so it can use the editor's hooks (`useJourneyMap`, `useJourneyMapStore`).
 *
 * @example
 * const panels: EditorPanel[] = [
 *   { id: "comments", title: "Comments", render: () => <Comments mapId={map.id} /> },
 * ];
 * <JourneyMapEditor value={map} onChange={setMap} panels={panels} />
 */
export interface EditorPanel {
  /** Unique among the panels; `"inspector"` and `"personas"` are the editor's own. */
  id: string;
  /** The tab's label. */
  title: string;
  /** The tab's content, rendered only while the tab is open. */
  render: () => ReactNode;
}

/** Where the side panel is: its open tab, and whether it is folded to a rail. */
export interface SidePanelState {
  tab: string;
  collapsed: boolean;
}

function PersonasTab() {
  const selection = useJourneyMapStore((s) => s.selection);
  return <PersonaPanel {...(selection?.kind === "persona" ? { personaId: selection.id } : {})} />;
}

/**
 * The editor's right-hand panel: tabs for the Inspector, Personas and the host's own panels, folded to a
 * thin rail and back with one button. Selecting something on the canvas opens the Inspector tab (a
 * persona opens Personas), except while dot voting is on, so a tally stays in view during a vote.
 */
export function SidePanel({
  panels = [],
  onChange,
}: {
  panels?: readonly EditorPanel[];
  onChange?: (state: SidePanelState) => void;
}) {
  const store = useStoreApi();
  const panelStore = usePanelStoreApi();
  const tab = usePanelStore((s) => s.tab);
  const collapsed = usePanelStore((s) => s.collapsed);
  const baseId = useId();
  const { t } = useEditorText();
  // Folding or unfolding with the keyboard keeps the focus on the (new) fold button, not on <body>.
  const toggle = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the fold changes, to move the focus
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    toggle.current?.focus();
  }, [collapsed]);
  const fold = (next: boolean) => {
    refocus.current = true;
    panelStore.getState().setCollapsed(next);
  };
  const tabs: readonly Pick<EditorPanel, "id" | "title">[] = [
    { id: INSPECTOR_TAB, title: t("side.inspector") },
    { id: PERSONAS_TAB, title: t("personas.title") },
    ...panels,
  ];
  const active = tabs.some((t) => t.id === tab) ? tab : INSPECTOR_TAB;

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selection === previous.selection || !state.selection || state.voting) return;
        panelStore.getState().setTab(state.selection.kind === "persona" ? PERSONAS_TAB : INSPECTOR_TAB);
      }),
    [store, panelStore],
  );
  useEffect(() => {
    onChange?.({ tab: active, collapsed });
  }, [onChange, active, collapsed]);

  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;
  const moveTab = (event: KeyboardEvent<HTMLElement>) => {
    const step =
      event.key === "ArrowDown" || event.key === "ArrowRight"
        ? 1
        : event.key === "ArrowUp" || event.key === "ArrowLeft"
          ? -1
          : 0;
    const edge = event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1 : -1;
    if (!step && edge < 0) return;
    event.preventDefault();
    const at = tabs.findIndex((t) => t.id === active);
    const next = tabs[edge >= 0 ? edge : (at + step + tabs.length) % tabs.length]!;
    panelStore.getState().setTab(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };

  if (collapsed)
    return (
      <div className="jk-side-panel jk-side-panel--collapsed">
        <button
          type="button"
          className="jk-side-toggle"
          aria-expanded={false}
          ref={toggle}
          aria-label={t("side.expand")}
          title={t("side.expand")}
          onClick={() => fold(false)}
        >
          «
        </button>
        <nav className="jk-side-rail" aria-label={t("side.rail")}>
          {tabs.map((t) => (
            <button
              type="button"
              key={t.id}
              className="jk-side-rail-tab"
              aria-current={t.id === active ? "true" : undefined}
              onClick={() => panelStore.getState().show(t.id)}
            >
              {t.title}
            </button>
          ))}
        </nav>
      </div>
    );

  const host = panels.find((p) => p.id === active);
  return (
    <div className="jk-side-panel">
      <div className="jk-side-head">
        <div className="jk-side-tabs" role="tablist" aria-label={t("side.label")} onKeyDown={moveTab}>
          {tabs.map((t) => (
            <button
              type="button"
              role="tab"
              key={t.id}
              id={tabId(t.id)}
              aria-selected={t.id === active}
              aria-controls={panelId}
              tabIndex={t.id === active ? 0 : -1}
              className="jk-side-tab"
              onClick={() => panelStore.getState().setTab(t.id)}
            >
              {t.title}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="jk-side-toggle"
          aria-expanded={true}
          aria-controls={panelId}
          ref={toggle}
          aria-label={t("side.collapse")}
          title={t("side.collapse")}
          onClick={() => fold(true)}
        >
          »
        </button>
      </div>
      <div className="jk-side-body" id={panelId} role="tabpanel" aria-labelledby={tabId(active)}>
        {active === INSPECTOR_TAB ? (
          <Inspector />
        ) : active === PERSONAS_TAB ? (
          <PersonasTab />
        ) : (
          host?.render()
        )}
      </div>
    </div>
  );
}
