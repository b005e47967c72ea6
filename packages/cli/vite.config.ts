import { libraryConfig } from "../../vite.lib.ts";
import { cliBanner, executableCli } from "./bin-build.ts";

export default libraryConfig(
  { index: "src/index.ts", cli: "src/cli.ts" },
  {
    plugins: [executableCli],
    build: {
      rolldownOptions: {
        external: (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0"),
        output: {
          entryFileNames: "[name].js",
          chunkFileNames: "chunks/[name]-[hash].js",
          banner: cliBanner,
        },
      },
    },
  },
);
