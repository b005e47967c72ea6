import { libraryConfig } from "../../vite.lib.ts";

export default libraryConfig({ index: "src/index.ts", hocuspocus: "src/hocuspocus.ts" });
