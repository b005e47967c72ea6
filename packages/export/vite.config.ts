import { libraryConfig } from "../../vite.lib.ts";

export default libraryConfig({ index: "src/index.ts", node: "src/node.ts", cli: "src/cli.ts" });
