import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "@journeykit/react/styles.css";
import "./app.css";
import { App } from "./App";
import { startWorkshop } from "./start/start-workshop";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Started once per page load, outside React, so StrictMode's doubled effects never seed twice.
const start = startWorkshop();
createRoot(root).render(
  <StrictMode>
    <App start={start} />
  </StrictMode>,
);
