import { docToMap, FIELDS_NAME, isLocked, mapToDoc, setLocked } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { extensionsUnderTest, roundTrip } from "../../test/extension-server.js";
import { painPointMap, waitFor } from "../../test/room-client.js";
import { lockExtension } from "./lock-extension.js";

const { serving, join } = extensionsUnderTest();

const title = (client: { doc: import("yjs").Doc }) => docToMap(client.doc)?.title;

describe("lockExtension alone on a Hocuspocus server", () => {
  it("puts back a participant's lock; the facilitator's holds", async () => {
    const server = await serving(lockExtension());
    const host = await join(server, "lock-a", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    const ben = await join(server, "lock-a", "edit");
    await waitFor("the map at Ben's", () => title(ben) === "Lock");
    setLocked(ben.doc, true);
    await waitFor("Ben's lock put back", () => !isLocked(ben.doc));
    setLocked(host.doc, true);
    await waitFor("the lock at Ben's", () => isLocked(ben.doc));
    expect(isLocked(host.doc)).toBe(true);
  });

  it("drops a participant's edit while locked; at unlock it arrives", async () => {
    const server = await serving(lockExtension());
    const host = await join(server, "lock-b", "facilitator");
    mapToDoc(painPointMap("Lock"), host.doc);
    setLocked(host.doc, true);
    const ben = await join(server, "lock-b", "edit");
    await waitFor("the lock at Ben's", () => isLocked(ben.doc) && title(ben) === "Lock");
    ben.doc.getMap(FIELDS_NAME).set("title", "Ben's title");
    await roundTrip(ben);
    await roundTrip(host);
    expect(title(host)).toBe("Lock");
    setLocked(host.doc, false);
    await waitFor("Ben's edit at the host's once unlocked", () => title(host) === "Ben's title");
  });
});
