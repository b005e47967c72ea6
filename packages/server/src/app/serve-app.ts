import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the package keeps the built workshop app (`app/` beside `dist/`, copied there by its build):
 * the same path from `src/app/` and `dist/app/`.
 */
export const BUNDLED_APP_DIR = fileURLToPath(new URL(/* @vite-ignore */ "../../app/", import.meta.url));

/**
 * The tag the server writes into the app's `index.html`: an app that finds it knows its
 * journeykit-server is the origin it was loaded from (no address to type).
 */
export const SERVED_APP_MARKER = '<meta name="journeykit-server" content="same-origin">';

/** A built single-page app ready to serve: its folder and its `index.html` with the marker. */
export interface ServedApp {
  dir: string;
  index: Buffer;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** Headers every answer of the app carries: no MIME sniffing, no framing by other sites, no referrer. */
const COMMON = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "SAMEORIGIN",
  "Referrer-Policy": "no-referrer",
};

/**
 * Open the built app in `dir` (a Vite build: `index.html` and hashed files under `assets/`), or null
 * when there is none.
 *
 * @example
 * const app = openApp(BUNDLED_APP_DIR); // null in a checkout that has not built the workshop
 */
export function openApp(dir: string): ServedApp | null {
  const root = resolve(dir);
  const file = resolve(root, "index.html");
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const marked = /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${SERVED_APP_MARKER}`)
    : `${SERVED_APP_MARKER}\n${html}`;
  return { dir: root, index: Buffer.from(marked, "utf8") };
}

function sendIndex(request: IncomingMessage, response: ServerResponse, app: ServedApp): void {
  response.writeHead(200, {
    ...COMMON,
    "Content-Type": TYPES[".html"]!,
    "Content-Length": app.index.length,
    // Always asked again: a new version of the server brings new hashed assets.
    "Cache-Control": "no-cache",
  });
  response.end(request.method === "HEAD" ? undefined : app.index);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...COMMON, "Content-Type": TYPES[".txt"]!, "Cache-Control": "no-store" });
  response.end(`${text}\n`);
}

/**
 * Answer a GET or HEAD for the app: a file of `app` with its content type (hashed `assets/` cached for
 * a year, everything else revalidated), `index.html` (with the server marker) for `/` and any path
 * without a file extension (the single-page app's fallback), 404 for a missing file, 400 for a path
 * that is not one. Returns false for other methods, so the caller can answer them.
 *
 * @example
 * if (app && serveApp(request, response, app)) return;
 */
export function serveApp(request: IncomingMessage, response: ServerResponse, app: ServedApp): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    sendText(response, 400, "not a valid path");
    return true;
  }
  if (path.includes("\0")) {
    sendText(response, 400, "not a valid path");
    return true;
  }
  if (path === "/" || path === "/index.html") {
    sendIndex(request, response, app);
    return true;
  }
  const file = resolve(app.dir, `.${path}`);
  // `..` can never leave the app's folder (resolve has already collapsed it).
  if (!file.startsWith(app.dir + sep)) {
    sendText(response, 404, "not found");
    return true;
  }
  const stat = existsSync(file) ? statSync(file) : null;
  if (!stat?.isFile()) {
    if (extname(path) === "") sendIndex(request, response, app);
    else sendText(response, 404, "not found");
    return true;
  }
  const immutable = path.startsWith("/assets/");
  response.writeHead(200, {
    ...COMMON,
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": stat.size,
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "Last-Modified": stat.mtime.toUTCString(),
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
  return true;
}
