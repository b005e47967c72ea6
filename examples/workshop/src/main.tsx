import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "@journeykit/react/styles.css";
import "./app.css";
import { App } from "./App";
import { readLanguage } from "./i18n/language-preference";
import { WorkshopTextProvider } from "./i18n/WorkshopTextProvider";
import { ENGLISH, loadLanguage } from "./i18n/workshop-catalogue";
import { startWorkshop } from "./start/start-workshop";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Started once per page load, outside React, so StrictMode's doubled effects never seed twice.
const start = startWorkshop();
// The app's language is loaded before the first render (a chunk of its own unless English), so no
// screen shows English first; should it fail to load, the app starts in English.
void loadLanguage(readLanguage())
  .catch(() => ENGLISH)
  .then((language) =>
    createRoot(root).render(
      <StrictMode>
        <WorkshopTextProvider initial={language}>
          <App start={start} />
        </WorkshopTextProvider>
      </StrictMode>,
    ),
  );
