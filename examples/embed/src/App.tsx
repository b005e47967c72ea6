import { getTemplate, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { exportPng } from "@journeykit/export";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";
import { useEffect, useRef, useState } from "react";
import { themeFromUrl } from "./theme";

const STORAGE_KEY = "embed-example:map";
/** `?readonly` shows the map to viewers without editing; `?theme=dark` the dark theme. */
const readOnly = new URLSearchParams(window.location.search).has("readonly");
const theme = themeFromUrl();

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
        <a className="host-link" href="custom-layout.html">
          Custom layout
        </a>
      </header>
      <JourneyMapEditor
        ref={editor}
        value={map}
        onChange={setMap}
        readOnly={readOnly}
        theme={theme}
        className="host-editor"
      />
    </main>
  );
}
