import type { JourneyMap } from "@journeykit/core";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { CompareView } from "../compare/CompareView";
import { ExportMenu } from "../export/ExportMenu";
import { OpenErrorPanel } from "../file/OpenErrorPanel";
import { OpenFileButton } from "../file/OpenFileButton";
import { saveMapFile } from "../file/save-map-file";
import { useOpenFile } from "../file/use-open-file";
import { InsightsPanel } from "../insights/InsightsPanel";
import { Presenter } from "../presenter/Presenter";
import { type AutosaveStatus, createAutosave } from "../storage/autosave";
import { useLibrary } from "../storage/library-context";
import type { LibraryStorage } from "../storage/map-library";
import { StorageWarning } from "../storage/StorageWarning";
import { VotingPanel } from "../voting/VotingPanel";

type SidePanel = "none" | "voting" | "insights" | "compare";

function SaveStatus({ status, storage }: { status: AutosaveStatus; storage: LibraryStorage }) {
  const text =
    status.kind === "saved"
      ? storage.kind === "memory"
        ? "Kept in this tab only"
        : `Saved ${status.at.toLocaleTimeString()}`
      : status.kind === "pending"
        ? "Saving…"
        : `Not saved: ${status.message}`;
  return (
    <span className={`ws-save-status ws-save-${status.kind}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

/** One map open in the editor, with autosave, files, export, voting, insights and presenter mode. */
export function WorkshopScreen({ initialMap }: { initialMap: JourneyMap }) {
  const library = useLibrary();
  const [map, setMap] = useState(initialMap);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "saved", at: new Date() });
  const [panel, setPanel] = useState<SidePanel>("none");
  const [presenting, setPresenting] = useState(false);
  const editor = useRef<JourneyMapEditorHandle>(null);
  const { open, error, dismiss } = useOpenFile();
  const autosave = useMemo(() => createAutosave((m) => library.save(m), setStatus), [library]);
  useEffect(() => () => void autosave.dispose(), [autosave]);

  // The editor stamps updatedAt on every edit; keep its map as is (same object: no revalidation).
  const change = (next: JourneyMap) => {
    setMap(next);
    autosave.schedule(next);
  };
  const toggle = (next: SidePanel) => setPanel((current) => (current === next ? "none" : next));

  return (
    <div className="ws-workshop">
      <header className="ws-topbar">
        <a className="ws-brand" href="#/" title="All maps">
          ◐ journeykit
        </a>
        <h1 className="ws-map-title">{map.title || "Untitled journey"}</h1>
        <SaveStatus status={status} storage={library.storage} />
        <nav className="ws-topbar-actions" aria-label="Map actions">
          <OpenFileButton onFile={(file) => void open(file)} label="Open…" />
          <button type="button" className="ws-button" onClick={() => saveMapFile(map)}>
            Save file
          </button>
          <ExportMenu map={map} getElement={() => editor.current?.getElement() ?? null} />
          <button
            type="button"
            className="ws-button"
            aria-pressed={panel === "voting"}
            onClick={() => toggle("voting")}
          >
            Voting
          </button>
          <button
            type="button"
            className="ws-button"
            aria-pressed={panel === "insights"}
            onClick={() => toggle("insights")}
          >
            Insights
          </button>
          <button
            type="button"
            className="ws-button"
            aria-pressed={panel === "compare"}
            onClick={() => toggle("compare")}
          >
            Compare
          </button>
          <button type="button" className="ws-button ws-button-primary" onClick={() => setPresenting(true)}>
            Present
          </button>
        </nav>
      </header>
      <StorageWarning onSaveFile={() => saveMapFile(map)} />
      {error && (
        <div className="ws-banner">
          <OpenErrorPanel error={error} onDismiss={dismiss} />
        </div>
      )}
      <div className="ws-body">
        <JourneyMapEditor
          ref={editor}
          className="ws-editor"
          value={map}
          onChange={change}
          voting={panel === "voting"}
        />
        {panel !== "none" && (
          <aside className="ws-side" aria-label="Workshop panel">
            {panel === "voting" && <VotingPanel map={map} onChange={change} />}
            {panel === "insights" && (
              <InsightsPanel map={map} onFocusStage={(id) => editor.current?.focusStage(id)} />
            )}
            {panel === "compare" && <CompareView map={map} />}
          </aside>
        )}
      </div>
      {presenting && <Presenter map={map} onClose={() => setPresenting(false)} />}
    </div>
  );
}
