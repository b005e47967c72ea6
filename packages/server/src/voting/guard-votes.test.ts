import { BALLOTS_MAP, docToMap, mapToDoc, readVoting, SESSION_MAP, VOTING_KEY } from "@journeykit/collab";
import { createCard, createJourneyMap, createLane } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyVotingRequest } from "./apply-voting-request.js";
import { guardVotes } from "./guard-votes.js";

const SERVER = { source: "local" };
/** What Hocuspocus gives a client's update as its origin. */
const CLIENT = { source: "connection", connection: {} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function room() {
  const base = createJourneyMap({ id: "map", title: "Guard", now: new Date("2026-01-01T00:00:00Z") });
  const stageId = base.stages[0]!.id;
  const doc = mapToDoc({
    ...base,
    lanes: [createLane({ id: "pains", kind: "painPoints" })],
    cards: [
      createCard({ id: "pain", laneId: "pains", stageId, text: "Cold dish", votes: 2 }),
      createCard({ id: "other", laneId: "pains", stageId, text: "Slow bill" }),
    ],
  });
  guardVotes(doc, SERVER);
  return doc;
}
const card = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>("cards").get(id)!;
const votesOf = (doc: Y.Doc, id: string) => docToMap(doc)?.cards.find((c) => c.id === id)?.votes;
const asClient = (doc: Y.Doc, write: () => void) => doc.transact(write, CLIENT);
const vote = (doc: Y.Doc, participant: string, cardId: string) =>
  applyVotingRequest(
    doc,
    { kind: "vote", request: "r", participant, name: participant, cardId, delta: 1 },
    { viewOnly: false, facilitator: true, tokenName: "" },
    SERVER,
  );

describe("guardVotes", () => {
  it("leaves votes alone in a room that never voted live (they are plain map data there)", async () => {
    const doc = room();
    asClient(doc, () => card(doc, "pain").set("votes", 5));
    await settle();
    expect(votesOf(doc, "pain")).toBe(5);
  });

  it("puts back a client's write of a card total, a ballot or the round; keeps the rest of its edit", async () => {
    const doc = room();
    applyVotingRequest(
      doc,
      { kind: "start", request: "s", dots: 2 },
      { viewOnly: false, facilitator: true, tokenName: "" },
      SERVER,
    );
    vote(doc, "ana", "pain");
    asClient(doc, () => {
      card(doc, "pain").set("votes", 40);
      card(doc, "pain").set("text", "Cold dish, again");
      card(doc, "other").set("votes", 3);
      doc.getMap(BALLOTS_MAP).set("mallory", { name: "Mallory", cards: { pain: 9 } });
      doc.getMap(SESSION_MAP).set(VOTING_KEY, { open: true, dots: 99 });
      doc.getMap(SESSION_MAP).set("locked", true);
    });
    await settle();
    expect(votesOf(doc, "pain")).toBe(1);
    expect(votesOf(doc, "other")).toBeUndefined();
    expect(readVoting(doc)).toMatchObject({ open: true, dots: 2 });
    expect([...readVoting(doc).ballots.keys()]).toEqual(["ana"]);
    expect(docToMap(doc)?.cards[0]?.text).toBe("Cold dish, again");
    expect(doc.getMap(SESSION_MAP).get("locked")).toBe(true);
  });

  it("follows the server's own later writes, and strips votes from a card a client adds with some", async () => {
    const doc = room();
    applyVotingRequest(
      doc,
      { kind: "start", request: "s", dots: 3 },
      { viewOnly: false, facilitator: true, tokenName: "" },
      SERVER,
    );
    vote(doc, "ana", "pain");
    vote(doc, "bea", "pain");
    asClient(doc, () => doc.getMap(BALLOTS_MAP).delete("bea"));
    asClient(doc, () => {
      const copy = new Y.Map<unknown>(Object.entries({ ...card(doc, "pain").toJSON(), id: "copy" }));
      doc.getMap("cards").set("copy", copy);
    });
    await settle();
    expect(readVoting(doc).ballots.get("bea")).toEqual({ name: "bea", cards: { pain: 1 } });
    expect(votesOf(doc, "pain")).toBe(2);
    expect(votesOf(doc, "copy")).toBeUndefined();
  });
});
