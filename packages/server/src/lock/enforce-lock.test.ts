import { createVotingClient, docToMap, isLocked, mapToDoc, setLocked } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { painPointMap, roomsUnderTest, tokenFor, waitFor } from "../../test/room-client.js";

const { cleanups, running, join } = roomsUnderTest();

/** A card written into the room as the editor's binding writes it (a Y.Map of fields). */
function addCard(doc: Y.Doc, id: string, text: string) {
  const template = doc.getMap<Y.Map<unknown>>("cards").get("pain")!;
  const card = new Y.Map<unknown>();
  for (const [key, value] of template.entries())
    card.set(key, key === "id" ? id : key === "text" ? text : value);
  doc.getMap<Y.Map<unknown>>("cards").set(id, card);
}

/** Hocuspocus's wire format: LEB128 numbers, length-prefixed strings and bytes. */
function frame(parts: (number | string | Uint8Array)[]): Uint8Array {
  const bytes: number[] = [];
  const uint = (value: number) => {
    let rest = value;
    while (rest > 0x7f) {
      bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    bytes.push(rest);
  };
  for (const part of parts) {
    if (typeof part === "number") {
      uint(part);
      continue;
    }
    const data = typeof part === "string" ? new TextEncoder().encode(part) : part;
    uint(data.length);
    bytes.push(...data);
  }
  return Uint8Array.from(bytes);
}
const AUTH = 2;
const SYNC = 0;
const YJS_UPDATE = 2;

const texts = (doc: Y.Doc) => (docToMap(doc)?.cards ?? []).map((card) => card.text).sort();

describe("journeykit-server: the facilitator's lock", () => {
  it("only the facilitator's token can lock; a participant's lock is put back", async () => {
    const server = await running();
    const host = await join(server, "lock-a", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    const ben = await join(server, "lock-a", "edit");
    await waitFor("the map at Ben's", () => texts(ben.doc).length === 1);
    setLocked(ben.doc, true);
    await waitFor("Ben's lock put back", () => !isLocked(ben.doc));
    expect(isLocked(host.doc)).toBe(false);
    setLocked(host.doc, true);
    await waitFor("the lock at Ben's", () => isLocked(ben.doc));
    setLocked(ben.doc, false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isLocked(host.doc)).toBe(true);
  });

  it("while locked a participant's edit is dropped but their dot counts; at unlock the edit arrives", async () => {
    const server = await running();
    const host = await join(server, "lock-b", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    const ben = await join(server, "lock-b", "edit");
    await waitFor("the map at Ben's", () => texts(ben.doc).length === 1);
    const hostVotes = createVotingClient(host.provider, { id: "ana-id", name: "Ana" });
    const benVotes = createVotingClient(ben.provider, { id: "ben-id", name: "Ben" });
    cleanups.push(hostVotes.destroy, benVotes.destroy);
    expect(await hostVotes.start(2)).toMatchObject({ ok: true });

    setLocked(host.doc, true);
    await waitFor("the lock at Ben's", () => isLocked(ben.doc));
    addCard(ben.doc, "late", "Typed as the lock came");
    expect(await benVotes.vote("pain", 1)).toMatchObject({ ok: true });
    await waitFor("Ben's dot at the host's", () => docToMap(host.doc)?.cards[0]?.votes === 1);
    // Someone joining now gets the room as the server holds it: without Ben's card.
    const late = await join(server, "lock-b", "edit");
    expect(texts(late.doc)).toEqual(["Cold dish"]);
    expect(texts(host.doc)).toEqual(["Cold dish"]);

    setLocked(host.doc, false);
    await waitFor("Ben's card at the host's after unlock", () => texts(host.doc).length === 2);
    expect(texts(host.doc)).toEqual(["Cold dish", "Typed as the lock came"]);
    await waitFor("and at the late joiner's", () => texts(late.doc).length === 2);
  });

  it("a participant joining a locked room is read-only; the facilitator still edits", async () => {
    const server = await running();
    const host = await join(server, "lock-c", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    setLocked(host.doc, true);
    await waitFor("the seed at the server", () => host.provider.unsyncedChanges === 0);
    const cy = await join(server, "lock-c", "edit");
    addCard(cy.doc, "cy", "Cy's card");
    addCard(host.doc, "host", "The facilitator's card");
    await waitFor("the facilitator's card at Cy's", () => texts(cy.doc).includes("The facilitator's card"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(texts(host.doc)).toEqual(["Cold dish", "The facilitator's card"]);
  });

  it("a modified client that sends an edit before its token has been checked is held to the lock too", async () => {
    const server = await running();
    const host = await join(server, "lock-e", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    setLocked(host.doc, true);
    await waitFor("the lock at the server", () => host.provider.unsyncedChanges === 0);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(host.doc));
    addCard(copy, "sneaked", "Sneaked in while locked");
    const update = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(host.doc));
    const socket = new WebSocket(server.url.replace(/^http/, "ws"));
    cleanups.push(() => socket.close());
    await new Promise((resolve) => socket.once("open", resolve));
    // The edit goes first: the server queues it until the token behind it has been checked.
    const token = await tokenFor("lock-e", "edit");
    socket.send(frame(["lock-e", SYNC, YJS_UPDATE, update]));
    socket.send(frame(["lock-e", AUTH, 0, token, "4.7.0"]));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(texts(host.doc)).toEqual(["Cold dish"]);
  });

  it("PUT of the map needs the facilitator's token while the room is locked", async () => {
    const server = await running();
    const host = await join(server, "lock-d", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    setLocked(host.doc, true);
    await waitFor("the lock at the server", () => host.provider.unsyncedChanges === 0);
    const body = JSON.stringify({ ...painPointMap("Lock"), title: "Replaced" });
    const put = async (role: "facilitator" | "edit") =>
      fetch(`${server.url}/rooms/lock-d/map`, {
        method: "PUT",
        headers: { authorization: `Bearer ${await tokenFor("lock-d", role)}` },
        body,
      });
    const refused = await put("edit");
    expect(refused.status).toBe(423);
    expect((await refused.json()).error).toContain("locked editing");
    expect((await put("facilitator")).status).toBe(200);
    await waitFor("the new title at the host's", () => docToMap(host.doc)?.title === "Replaced");
  });
});
