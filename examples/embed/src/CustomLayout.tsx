import { getTemplate, type JourneyMap } from "@journeykit/core";
import { EmotionCurve, Inspector, JourneyCanvas, JourneyMapProvider, Toolbar } from "@journeykit/react";
import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { themeFromUrl } from "./theme";

const theme = themeFromUrl();

/**
 * The editor laid out by the host from its parts (docs/embedding.md, "Hooks and your own parts"):
 * the toolbar, the canvas and the inspector, and a strip with each persona's emotion curve.
 * `JourneyMapProvider` renders the themed `.jk-root`, so the parts are styled as in the editor.
 */
export function CustomLayout() {
  const [map, setMap] = useState<JourneyMap>(() => getTemplate("saas-trial")!.create());
  return (
    <main className="host">
      <header className="host-bar">
        <h1>journeykit embed example: custom layout</h1>
        <span className="host-meta">{map.stages.length} stages · not saved</span>
        <a className="host-link" href="./">
          The editor in one component
        </a>
      </header>
      <JourneyMapProvider value={map} onChange={setMap} theme={theme} className="host-editor">
        <ReactFlowProvider>
          <Toolbar />
          <div className="host-layout-body">
            <JourneyCanvas />
            <Inspector />
          </div>
          <section className="host-curves" aria-label="Emotion curves">
            {map.personas.map((persona) => (
              <figure key={persona.id} className="host-curve">
                <figcaption>{persona.name}</figcaption>
                <EmotionCurve personaId={persona.id} width={300} height={96} />
              </figure>
            ))}
          </section>
        </ReactFlowProvider>
      </JourneyMapProvider>
    </main>
  );
}
