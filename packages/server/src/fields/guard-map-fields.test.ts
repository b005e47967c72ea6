import { docToMap, FIELDS_NAME, mapToDoc } from "@journeykit/collab";
import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { painPointMap, roomsUnderTest, waitFor } from "../../test/room-client.js";
import { guardMapFields, invalidMapFields } from "./guard-map-fields.js";

const { running, join } = roomsUnderTest();

/** What Hocuspocus passes as the origin of a client's update. */
const CLIENT = { source: "connection", connection: {} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function room() {
  const doc = new Y.Doc();
  mapToDoc(createJourneyMap({ id: "m", title: "Bakery", now: new Date("2026-01-01T00:00:00Z") }), doc);
  guardMapFields(doc);
  return { doc, fields: doc.getMap<unknown>(FIELDS_NAME) };
}

describe("guardMapFields", () => {
  it("puts back a map field a client deleted or set to the wrong type, keeping the rest of its edit", async () => {
    const { doc, fields } = room();
    doc.transact(() => {
      fields.delete("title");
      fields.set("state", "future");
    }, CLIENT);
    await settle();
    expect(docToMap(doc)).toMatchObject({ title: "Bakery", state: "future" });
    doc.transact(() => fields.set("title", 5), CLIENT);
    doc.transact(() => fields.set("version", 99), CLIENT);
    await settle();
    expect(docToMap(doc)).toMatchObject({ title: "Bakery", version: 3 });
  });

  it("keeps valid edits, and leaves the server's own and other instances' writes alone", async () => {
    const { doc, fields } = room();
    doc.transact(() => fields.set("title", "Bakery, after the workshop"), CLIENT);
    await settle();
    expect(fields.get("title")).toBe("Bakery, after the workshop");
    doc.transact(() => fields.delete("title"), { source: "redis" });
    await settle();
    expect(fields.has("title")).toBe(false);
  });

  it("names the fields that fail the format's checks", () => {
    const fields = { ...createJourneyMap({ title: "x" }) } as Record<string, unknown>;
    expect(invalidMapFields(fields)).toEqual([]);
    delete fields.title;
    expect(invalidMapFields({ ...fields, state: "someday" })).toEqual(["title", "state"]);
  });

  it("on the server: a participant's client that deletes the map's title cannot freeze the room", async () => {
    const server = await running();
    const host = await join(server, "fields-a", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    const ben = await join(server, "fields-a", "edit");
    await waitFor("the map at Ben's", () => docToMap(ben.doc)?.title === "Lock");
    ben.doc.transact(() => {
      ben.doc.getMap(FIELDS_NAME).delete("title");
      ben.doc.getMap(FIELDS_NAME).set("state", "future");
    });
    await waitFor("the state at the host's", () => docToMap(host.doc)?.state === "future");
    await waitFor("the title back at Ben's", () => docToMap(ben.doc)?.title === "Lock");
    expect(docToMap(host.doc)?.title).toBe("Lock");
  });
});
