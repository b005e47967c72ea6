import { createVotingClient, docToMap, mapToDoc, readVoting } from "@journeykit/collab";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { extensionsUnderTest } from "../../test/extension-server.js";
import { painPointMap, waitFor } from "../../test/room-client.js";
import { votingExtension } from "./voting-extension.js";

const { cleanups, serving, join } = extensionsUnderTest();

const votesAt = (doc: Y.Doc) => docToMap(doc)?.cards[0]?.votes;

describe("votingExtension alone on a Hocuspocus server", () => {
  it("counts dots sent as stateless messages, as each token allows, and writes the totals", async () => {
    const server = await serving(votingExtension());
    const ana = await join(server, "vote-a", "facilitator");
    mapToDoc(painPointMap("Voting"), ana.doc);
    const bea = await join(server, "vote-a", "edit");
    const run = createVotingClient(ana.provider, { id: "ana-id", name: "Ana" });
    const beaVotes = createVotingClient(bea.provider, { id: "bea-id", name: "Bea" });
    cleanups.push(run.destroy, beaVotes.destroy);
    expect(await beaVotes.start(5)).toMatchObject({ ok: false, code: "not-facilitator" });
    expect(await run.start(1)).toMatchObject({ ok: true });
    await waitFor("the open round at Bea's", () => readVoting(bea.doc).open);
    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: true });
    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: false, code: "no-dots-left" });
    await waitFor("the total at Ana's", () => votesAt(ana.doc) === 1);
    expect(readVoting(ana.doc).ballots).toEqual(new Map([["bea-id", { name: "Bea", cards: { pain: 1 } }]]));
  });

  it("puts back a total a client writes itself", async () => {
    const server = await serving(votingExtension());
    const ana = await join(server, "vote-b", "facilitator");
    mapToDoc(painPointMap("Voting"), ana.doc);
    const run = createVotingClient(ana.provider, { id: "ana-id", name: "Ana" });
    cleanups.push(run.destroy);
    expect(await run.start(2)).toMatchObject({ ok: true });
    expect(await run.vote("pain", 1)).toMatchObject({ ok: true });
    const bea = await join(server, "vote-b", "edit");
    await waitFor("Bea's copy of the vote", () => votesAt(bea.doc) === 1);
    bea.doc.getMap<Y.Map<unknown>>("cards").get("pain")!.set("votes", 50);
    await waitFor("the server's count back at Bea's", () => votesAt(bea.doc) === 1);
    await waitFor("and at Ana's", () => votesAt(ana.doc) === 1);
  });
});
