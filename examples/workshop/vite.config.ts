import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { appChunks } from "../../vite.app.ts";
import { sourceConditions } from "../../vitest.shared.ts";

export default defineConfig({
  ...sourceConditions,
  plugins: [react()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { rolldownOptions: appChunks },
});
