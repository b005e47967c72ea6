import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { appChunks } from "../../vite.app.ts";
import { sourceConditions } from "../../vitest.shared.ts";
import { facilitatorTokenPlugin } from "./dev/facilitator-token-plugin.ts";

export default defineConfig({
  ...sourceConditions,
  plugins: [react(), facilitatorTokenPlugin()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { rolldownOptions: appChunks },
  // The evidence worker is an ES module worker: its lazy .xlsx reader stays a chunk of its own, fetched
  // only when someone opens a spreadsheet (the default iife format would inline it into the worker).
  worker: { format: "es" },
});
