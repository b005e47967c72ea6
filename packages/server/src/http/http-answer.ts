import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hocuspocus } from "@hocuspocus/server";
import { docToMap } from "@journeykit/collab";
import type * as Y from "yjs";
import { ROOM_NAME } from "../tokens/room-token.js";

/** An HTTP answer that is an error: the status and one line saying why (with a path where one applies). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { path: string; message: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Answer `body` as JSON with `status` and any extra `headers`. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8" });
  response.end(`${JSON.stringify(body, null, 2)}\n`);
}

/** The largest request body the API reads (bytes): a `.journey.json` at the format's limits fits. */
export const MAX_BODY = 50 * 1024 * 1024;

/** A request's body as text; 413 past `limit` bytes. */
export async function readBody(request: IncomingMessage, limit = MAX_BODY): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Run `use` on a room's Y.Doc in one transaction of a direct (server-side) connection. */
export async function withRoom<T>(hocuspocus: Hocuspocus, room: string, use: (doc: Y.Doc) => T): Promise<T> {
  const connection = await hocuspocus.openDirectConnection(room, { http: true });
  try {
    let result: T | undefined;
    await connection.transact((document) => {
      result = use(document);
    });
    return result as T;
  } finally {
    await connection.disconnect();
  }
}

/** The room a path segment names; a malformed escape (`%ZZ`) is the caller's mistake, answered 400. */
export function roomName(segment: string): string {
  let room: string;
  try {
    room = decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `room "${segment}": not a valid URL path segment`);
  }
  if (!ROOM_NAME.test(room))
    throw new HttpError(400, `room "${room}": use 1-100 letters, digits, "-" or "_"`);
  return room;
}

/** The room's map, or a 409 saying why it cannot be read (the room and its clients keep working). */
export function readableMap(doc: Y.Doc, room: string) {
  try {
    return docToMap(doc);
  } catch (error) {
    throw new HttpError(409, `room "${room}": its map cannot be read now (${messageOf(error)})`);
  }
}
