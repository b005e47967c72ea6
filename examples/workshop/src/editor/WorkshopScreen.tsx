import type { Issue, JourneyMap } from "@journeykit/core";
import {
  type Draft,
  type EditorPanel,
  JourneyMapEditor,
  type JourneyMapEditorHandle,
  type SidePanelState,
} from "@journeykit/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { CompareView } from "../compare/CompareView";
import { EvidenceImport } from "../evidence/EvidenceImport";
import { ExportMenu } from "../export/ExportMenu";
import { OpenErrorPanel } from "../file/OpenErrorPanel";
import { OpenFileButton } from "../file/OpenFileButton";
import { saveMapFile } from "../file/save-map-file";
import { useOpenFile } from "../file/use-open-file";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { InsightsPanel } from "../insights/InsightsPanel";
import { LiveLauncher } from "../live/LiveLauncher";
import { Presenter } from "../presenter/Presenter";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import { SaveProblemMessage } from "../storage/SaveProblemMessage";
import { StorageWarning } from "../storage/StorageWarning";
import type { StorageProblem } from "../storage/storage-problem";
import { ConflictBanner } from "../sync/ConflictBanner";
import { useMapSession } from "../sync/use-map-session";
import { ThemeToggle } from "../theme/ThemeToggle";
import { useThemePreference } from "../theme/theme-preference";
import { VotingPanel } from "../voting/VotingPanel";
import { EditorNotice } from "./EditorNotice";
import { OfferedDrafts } from "./OfferedDrafts";
import { SaveStatus } from "./SaveStatus";

/** A map to show: as stored (at `revision`), or work this tab holds that is not stored yet. */
export interface OpenedMap {
  map: JourneyMap;
  revision: number;
  stored: boolean;
  problem?: StorageProblem;
  /** Text that was being typed on the map when it was last open (reopened in the editor). */
  drafts?: readonly Draft[];
}

const TEXT_FIELD = "input, textarea, select, [contenteditable='true'], [contenteditable='']";

/** One map open in the editor, with autosave, files, export, voting, insights and presenter mode. */
export function WorkshopScreen({ opened }: { opened: OpenedMap }) {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const editor = useRef<JourneyMapEditorHandle>(null);
  const text = useWorkshopText();
  const { t } = text;
  const [{ map, generation, save, problem, conflict, drafts }, session] = useMapSession({
    library,
    unsaved,
    text,
    ...opened,
    isEditing: () => {
      const focused = document.activeElement;
      const root = editor.current?.getElement();
      return !!focused && !!root?.contains(focused) && focused.matches(TEXT_FIELD);
    },
  });
  const [panelTab, setPanelTab] = useState("inspector");
  const onPanelChange = useCallback((state: SidePanelState) => setPanelTab(state.tab), []);
  const { preference } = useThemePreference();
  const [presenting, setPresenting] = useState(false);
  const { open, error, dismiss } = useOpenFile();
  const [editorIssues, setEditorIssues] = useState<Issue[] | null>(null);

  // The editor stamps updatedAt on every edit; keep its map as is (same object: no revalidation).
  const change = (next: JourneyMap) => session.edit(next);
  const changeDrafts = useCallback((open: readonly Draft[]) => session.editDrafts(open), [session]);
  // What was being typed when the map was last open (a reload, a crash) reopens where it was typed;
  // what has no place any more is offered back. Once per screen (StrictMode runs effects twice).
  const reopened = useRef(false);
  useEffect(() => {
    const editorHandle = editor.current;
    if (reopened.current || !editorHandle) return;
    reopened.current = true;
    const kept = session.getState().drafts.offered;
    if (kept.length > 0) session.offerDrafts(editorHandle.restoreDrafts(kept));
  }, [session]);
  const saveFile = () => {
    saveMapFile(map);
    session.markSavedToFile(map);
  };
  // Dot voting is on while the Voting tab is open: cards get their +1 buttons.
  const voting = panelTab === "voting";
  // Voting, Insights and Compare are tabs of the editor's side panel, so the map keeps its width.
  const panels: EditorPanel[] = [
    {
      id: "voting",
      title: t("workshop.panelVoting"),
      render: () => (
        <aside className="ws-side" aria-label={t("workshop.panel")}>
          <VotingPanel map={map} onChange={change} />
        </aside>
      ),
    },
    {
      id: "insights",
      title: t("workshop.panelInsights"),
      render: () => (
        <aside className="ws-side" aria-label={t("workshop.panel")}>
          <InsightsPanel map={map} onFocusStage={(id) => editor.current?.focusStage(id)} />
        </aside>
      ),
    },
    {
      id: "compare",
      title: t("workshop.panelCompare"),
      render: () => (
        <aside className="ws-side" aria-label={t("workshop.panel")}>
          <CompareView map={map} />
        </aside>
      ),
    },
  ];

  return (
    <div className="ws-workshop">
      <header className="ws-topbar">
        <a className="ws-brand" href="#/" title={t("common.allMaps")}>
          ◐ journeykit
        </a>
        <ThemeToggle preference={preference} />
        <LanguageSwitch />
        <h1 className="ws-map-title">{map.title || t("common.untitled")}</h1>
        <SaveStatus save={save} problem={problem} storage={library.storage} drafts={drafts} />
        <nav className="ws-topbar-actions" aria-label={t("workshop.mapActions")}>
          <OpenFileButton onFile={(file) => void open(file)} label={t("workshop.open")} />
          <EvidenceImport map={map} editor={() => editor.current} disabled={conflict?.resolving ?? false} />
          <button type="button" className="ws-button" onClick={saveFile}>
            {t("workshop.saveFile")}
          </button>
          <ExportMenu map={map} getElement={() => editor.current?.getElement() ?? null} />
          <LiveLauncher mapId={map.id} />
          <button type="button" className="ws-button ws-button-primary" onClick={() => setPresenting(true)}>
            {t("workshop.present")}
          </button>
        </nav>
      </header>
      <StorageWarning onSaveFile={saveFile} />
      {conflict && (
        <ConflictBanner
          conflict={conflict}
          onLoadTheirs={() => void session.loadTheirs()}
          onKeepMine={() => void session.keepMine()}
          onSaveFile={saveFile}
        />
      )}
      {problem && !conflict && (
        <SaveProblemMessage problem={problem} onSaveFile={saveFile} onRetry={() => void session.retry()} />
      )}
      {error && (
        <div className="ws-banner">
          <OpenErrorPanel error={error} onDismiss={dismiss} />
        </div>
      )}
      <OfferedDrafts drafts={drafts.offered} onDismiss={(draft) => session.dismissDraft(draft)} />
      {editorIssues && <EditorNotice issues={editorIssues} onDismiss={() => setEditorIssues(null)} />}
      <main className="ws-body">
        <JourneyMapEditor
          // A version from another tab starts a new editor, so undo never replays this tab's old
          // edits onto it (a controlled value alone keeps the previous undo history).
          key={generation}
          ref={editor}
          className="ws-editor"
          value={map}
          onChange={change}
          onDraftsChange={changeDrafts}
          onError={setEditorIssues}
          voting={voting}
          readOnly={conflict?.resolving ?? false}
          theme={preference}
          panels={panels}
          onPanelChange={onPanelChange}
          {...text.editor}
        />
      </main>
      {presenting && <Presenter map={map} onClose={() => setPresenting(false)} />}
    </div>
  );
}
