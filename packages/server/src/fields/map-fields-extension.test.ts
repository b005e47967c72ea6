import { docToMap, FIELDS_NAME, mapToDoc } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { extensionsUnderTest, roundTrip } from "../../test/extension-server.js";
import { painPointMap, waitFor } from "../../test/room-client.js";
import { mapFieldsExtension } from "./map-fields-extension.js";

const { serving, join } = extensionsUnderTest();

describe("mapFieldsExtension alone on a Hocuspocus server", () => {
  it("puts back the title a participant's client deletes, keeping the rest of its edit", async () => {
    const server = await serving(mapFieldsExtension());
    const host = await join(server, "fields-a", "facilitator");
    mapToDoc(painPointMap("Bakery"), host.doc);
    const ben = await join(server, "fields-a", "edit");
    await waitFor("the map at Ben's", () => docToMap(ben.doc)?.title === "Bakery");
    ben.doc.transact(() => {
      ben.doc.getMap(FIELDS_NAME).delete("title");
      ben.doc.getMap(FIELDS_NAME).set("state", "future");
    });
    await waitFor("the state at the host's", () => docToMap(host.doc)?.state === "future");
    await waitFor("the title back at Ben's", () => docToMap(ben.doc)?.title === "Bakery");
    expect(docToMap(host.doc)?.title).toBe("Bakery");
  });

  it("without it, the deleted title stays deleted (the room cannot be read)", async () => {
    const server = await serving();
    const host = await join(server, "fields-b", "facilitator");
    mapToDoc(painPointMap("Bakery"), host.doc);
    const ben = await join(server, "fields-b", "edit");
    await waitFor("the map at Ben's", () => docToMap(ben.doc)?.title === "Bakery");
    ben.doc.getMap(FIELDS_NAME).delete("title");
    await waitFor("the deletion at the host's", () => !host.doc.getMap(FIELDS_NAME).has("title"));
    await roundTrip(host);
    expect(host.doc.getMap(FIELDS_NAME).has("title")).toBe(false);
  });
});
