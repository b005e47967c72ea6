import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, SERVED_APP_MARKER, serveApp } from "./serve-app.js";

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jk-app-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    "<!doctype html><html><head><title>w</title></head><body></body></html>",
  );
  writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dir, "assets", "font.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, "favicon.svg"), "<svg/>");
  writeFileSync(join(tmpdir(), "jk-outside.txt"), "secret");
  const app = openApp(dir)!;
  server = createServer((request, response) => {
    if (!serveApp(request, response, app)) {
      response.writeHead(405);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), "jk-outside.txt"), { force: true });
});

const get = (path: string, method = "GET") => fetch(`${base}${path}`, { method });

describe("serving the built workshop app", () => {
  it("answers / with index.html marked as served by journeykit-server, always revalidated", async () => {
    const answer = await get("/");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-cache");
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await answer.text();
    expect(html).toContain(`<head>\n    ${SERVED_APP_MARKER}`);
  });

  it("serves hashed assets with their content type, cached for a year", async () => {
    const script = await get("/assets/index-abc123.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe("console.log(1)");
    expect((await get("/assets/font.woff2")).headers.get("content-type")).toBe("font/woff2");
    const icon = await get("/favicon.svg");
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("falls back to index.html for app paths, but not for missing files", async () => {
    const route = await get("/maps/some-map");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain(SERVED_APP_MARKER);
    const missing = await get("/assets/index-gone.js");
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain("<html");
  });

  it("never leaves the app's folder, and refuses broken paths", async () => {
    for (const path of [
      "/../jk-outside.txt",
      "/assets/%2e%2e/%2e%2e/jk-outside.txt",
      "/%2e%2e%2fjk-outside.txt",
    ]) {
      const answer = await get(path);
      expect(await answer.text()).not.toContain("secret");
    }
    expect((await get("/%ZZ")).status).toBe(400);
    expect((await get("/a%00b.js")).status).toBe(400);
  });

  it("answers HEAD without a body, and leaves other methods to the caller", async () => {
    const head = await get("/assets/index-abc123.js", "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("14");
    expect(await head.text()).toBe("");
    expect((await get("/", "POST")).status).toBe(405);
  });

  it("is null where no app was built", () => {
    expect(openApp(join(dir, "assets"))).toBeNull();
  });
});
