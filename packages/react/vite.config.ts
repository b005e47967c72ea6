import { libraryConfig } from "../../vite.lib.ts";

export default libraryConfig(
  { index: "src/index.ts" },
  { build: { lib: { entry: { index: "src/index.ts" }, formats: ["es"], cssFileName: "styles" } } },
);
