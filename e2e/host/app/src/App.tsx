import { getTemplate, type JourneyMap } from "@journeykit/core";
import { exportPng, fromPng } from "@journeykit/export";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";
import { useRef, useState, version } from "react";

function startingMap(): JourneyMap {
  const template = getTemplate("coffee-shop-mobile-ordering");
  if (!template) throw new Error("the coffee-shop template is missing");
  return template.create();
}

/** A controlled editor with an "Export PNG" button that reaches the editor through its ref. */
export function App() {
  const [map, setMap] = useState<JourneyMap>(startingMap);
  const [status, setStatus] = useState("ready");
  const editor = useRef<JourneyMapEditorHandle>(null);

  const exportThroughRef = async () => {
    const element = editor.current?.getElement();
    if (!element) {
      setStatus("the editor ref is not attached");
      return;
    }
    const blob = await exportPng(element, { preset: "16:9", map });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const inside = fromPng(bytes);
    const texts = inside.ok ? inside.map.cards.map((card) => card.text) : [];
    setStatus(`png ${bytes.length} bytes; cards inside: ${JSON.stringify(texts)}`);
  };

  return (
    <main style={{ display: "flex", flexDirection: "column", height: "100vh" }}>
      <header style={{ display: "flex", gap: 12, padding: 8 }}>
        <span data-testid="react-version">React {version}</span>
        <span data-testid="card-count">{map.cards.length} cards</span>
        <button type="button" onClick={() => void exportThroughRef()}>
          Export PNG
        </button>
        <output data-testid="status">{status}</output>
      </header>
      <JourneyMapEditor ref={editor} value={map} onChange={setMap} className="host-editor" />
    </main>
  );
}
