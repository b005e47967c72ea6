import "fake-indexeddb/auto";
import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createCollabAdapter } from "../binding/create-collab-adapter.js";
import { docToMap } from "../doc/doc-to-map.js";
import { mapToDoc } from "../doc/map-to-doc.js";
import { persistOffline } from "./persist-offline.js";

describe("persistOffline", () => {
  it("keeps edits made offline across a reload, and they merge into the room on reconnect", async () => {
    const room = mapToDoc(createJourneyMap({ id: "map", title: "Workshop" }));
    // A participant joins, then loses the connection and keeps editing.
    const first = new Y.Doc();
    Y.applyUpdate(first, Y.encodeStateAsUpdate(room));
    const store = persistOffline(first, "journeykit:test-room");
    await store.whenSynced;
    const adapter = createCollabAdapter({ doc: first });
    const before = adapter.getMap()!;
    const offline = { ...before, title: "Renamed offline" };
    adapter.applyLocal(before, offline);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.destroy();

    // The page reloads: a new doc, filled from IndexedDB before any provider connects.
    const reloaded = new Y.Doc();
    const again = persistOffline(reloaded, "journeykit:test-room");
    await again.whenSynced;
    expect(docToMap(reloaded)?.title).toBe("Renamed offline");

    // Meanwhile the room changed elsewhere; on reconnect both sides merge.
    const roomAdapter = createCollabAdapter({ doc: room });
    const roomMap = roomAdapter.getMap()!;
    roomAdapter.applyLocal(roomMap, { ...roomMap, description: "Set in the room" });
    Y.applyUpdate(room, Y.encodeStateAsUpdate(reloaded, Y.encodeStateVector(room)));
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(room, Y.encodeStateVector(reloaded)));
    expect(docToMap(room)).toMatchObject({ title: "Renamed offline", description: "Set in the room" });
    expect(docToMap(reloaded)).toEqual(docToMap(room));
    await again.clear();
    await again.destroy();
  });
});
