import { libraryConfig } from "../../vite.lib.ts";

// The stylesheet is its own entry (published as `@journeykit/react/styles.css`), so no module, and no
// declaration file, imports CSS. Every module uses React on the client: each file starts "use client".
export default libraryConfig(
  { index: "src/index.ts", styles: "src/styles/index.css" },
  { build: { cssCodeSplit: true } },
  { directive: "use client" },
);
