import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "@journeykit/react/styles.css";
import "./host.css";
import { CustomLayout } from "./CustomLayout";

const root = document.getElementById("root");
if (!root) throw new Error("custom-layout.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <CustomLayout />
  </StrictMode>,
);
