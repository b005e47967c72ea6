import { fileURLToPath } from "node:url";
import { type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    workshopUrl: string;
    embedUrl: string;
  }
}

async function serve(app: string): Promise<PreviewServer> {
  const root = fileURLToPath(new URL(`../examples/${app}/`, import.meta.url));
  // The apps are built by `pnpm build` before the e2e run; port 0 asks the OS for a free one.
  return preview({
    root,
    logLevel: "error",
    // `workshop.lan` is how e2e/live-lan reaches the app as a participant on the network would: a
    // host name that is not localhost, so the page is not a secure context (plain http on a LAN).
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false, allowedHosts: ["workshop.lan"] },
  });
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  return url;
}

export default async function setup(project: TestProject) {
  const workshop = await serve("workshop");
  const embed = await serve("embed");
  project.provide("workshopUrl", urlOf(workshop));
  project.provide("embedUrl", urlOf(embed));
  return async () => {
    await Promise.all([workshop.close(), embed.close()]);
  };
}
