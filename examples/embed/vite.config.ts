import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { appChunks } from "../../vite.app.ts";
import { sourceConditions } from "../../vitest.shared.ts";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  ...sourceConditions,
  plugins: [react()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  // Two pages: the editor in one component (index.html) and a layout built from its parts (custom-layout.html).
  build: {
    rolldownOptions: {
      ...appChunks,
      input: { main: page("index.html"), customLayout: page("custom-layout.html") },
    },
  },
});
