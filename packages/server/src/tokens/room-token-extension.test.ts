import { docToMap, FIELDS_NAME, mapToDoc } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import { extensionsUnderTest, roundTrip } from "../../test/extension-server.js";
import { connectClient, painPointMap, tokenFor, waitFor } from "../../test/room-client.js";

const { cleanups, serving, join } = extensionsUnderTest();

describe("roomTokenExtension alone on a Hocuspocus server", () => {
  it("refuses a token for another room, and no token at all", async () => {
    const server = await serving();
    const stranger = connectClient(server, "tokens-a", await tokenFor("elsewhere", "edit"));
    const anonymous = connectClient(server, "tokens-a", null);
    cleanups.push(stranger.close, anonymous.close);
    const [refusedStranger, refusedAnonymous] = await Promise.allSettled([stranger.ready, anonymous.ready]);
    expect(refusedStranger).toMatchObject({ status: "rejected", reason: { message: /refused/ } });
    expect(refusedAnonymous).toMatchObject({ status: "rejected", reason: { message: /refused/ } });
  });

  it("makes a view token's connection read-only: its edit never reaches the room", async () => {
    const server = await serving();
    const host = await join(server, "tokens-b", "facilitator");
    mapToDoc(painPointMap("Tokens"), host.doc);
    const viewer = await join(server, "tokens-b", "view");
    await waitFor("the map at the viewer's", () => docToMap(viewer.doc)?.title === "Tokens");
    viewer.doc.getMap(FIELDS_NAME).set("title", "The viewer's title");
    await roundTrip(viewer);
    await roundTrip(host);
    expect(docToMap(host.doc)?.title).toBe("Tokens");
  });
});
