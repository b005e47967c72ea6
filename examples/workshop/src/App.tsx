import { CURRENT_VERSION } from "@journeykit/core";

export function App() {
  return (
    <main>
      <h1>journeykit workshop</h1>
      <p>Document format version {CURRENT_VERSION}</p>
    </main>
  );
}
