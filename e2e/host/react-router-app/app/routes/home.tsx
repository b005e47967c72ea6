// Rendered on the server with the map from the loader, then hydrated: the exports run in the browser.
import { getTemplate } from "@journeykit/core";
import { exportPng, toPptx } from "@journeykit/export";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";
import { useRef, useState } from "react";
import { downloadBlob } from "../download-blob";
import type { Route } from "./+types/home";

const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

export function loader() {
  return { map: getTemplate("saas-trial")!.create() };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const [map, setMap] = useState(loaderData.map);
  const [status, setStatus] = useState("");
  const editor = useRef<JourneyMapEditorHandle>(null);

  async function save(what: () => Promise<Blob>, fileName: string) {
    try {
      downloadBlob(await what(), fileName);
      setStatus(`Saved ${fileName}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const png = async () => {
    const element = editor.current?.getElement();
    if (!element) throw new Error("the editor is not on the page yet");
    return exportPng(element, { preset: "16:9", map });
  };
  const pptx = async () => new Blob([await toPptx(map)], { type: PPTX });

  return (
    <main style={{ display: "flex", flexDirection: "column", height: "100vh" }}>
      <nav style={{ display: "flex", gap: 8, padding: 8 }}>
        <button type="button" onClick={() => save(png, "journey.png")}>
          Export PNG
        </button>
        <button type="button" onClick={() => save(pptx, "journey.pptx")}>
          Export PPTX
        </button>
        <output>{status}</output>
      </nav>
      <JourneyMapEditor ref={editor} value={map} onChange={setMap} style={{ flex: 1 }} />
    </main>
  );
}
