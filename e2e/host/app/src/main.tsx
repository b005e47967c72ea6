// An outside host app: what a developer writes after `npm i @journeykit/react @journeykit/export ...`.
import "@xyflow/react/dist/style.css";
import "@journeykit/react/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";

const root = document.getElementById("root");
if (!root) throw new Error("no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
