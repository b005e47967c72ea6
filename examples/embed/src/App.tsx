import { getTemplate, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { exportPng } from "@journeykit/export";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";
import { useEffect, useRef, useState } from "react";

const STORAGE_KEY = "embed-example:map";
/** `?readonly` shows the map to viewers without editing. */
const readOnly = new URLSearchParams(window.location.search).has("readonly");

/** The host's brand, applied through the editor's --jk-* variables. */
const brand = {
  "--jk-accent": "#0f766e",
  "--jk-focus": "#0f766e",
  "--jk-header": "#ecfdf5",
  "--jk-chip": "#ccfbf1",
  "--jk-font": "Georgia, 'Times New Roman', serif",
};

function loadSaved(): JourneyMap {
  const saved = localStorage.getItem(STORAGE_KEY);
  const result = saved ? parseJourneyMap(saved) : undefined;
  return result?.ok ? result.map : getTemplate("coffee-shop-mobile-ordering")!.create();
}

export function App() {
  // The host owns the map: the editor is controlled.
  const [map, setMap] = useState<JourneyMap>(loadSaved);
  const [status, setStatus] = useState("");
  const editor = useRef<JourneyMapEditorHandle>(null);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(map));
  }, [map]);

  const downloadPng = async () => {
    const element = editor.current?.getElement();
    if (!element) return;
    setStatus("Exporting…");
    try {
      const blob = await exportPng(element, { preset: "16:9", map });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "journey-map.png";
      link.click();
      URL.revokeObjectURL(link.href);
      setStatus("PNG exported");
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="host">
      <header className="host-bar">
        <h1>journeykit embed example</h1>
        <span className="host-meta">{map.cards.length} cards · saved to this browser</span>
        <button type="button" onClick={() => void downloadPng()}>
          Download PNG
        </button>
        <span role="status">{status}</span>
      </header>
      <JourneyMapEditor
        ref={editor}
        value={map}
        onChange={setMap}
        readOnly={readOnly}
        theme={brand}
        className="host-editor"
      />
    </main>
  );
}
