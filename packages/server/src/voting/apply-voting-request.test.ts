import { docToMap, mapToDoc, readVoting, type VotingRequest } from "@journeykit/collab";
import { createCard, createJourneyMap, createLane, type JourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { applyVotingRequest, type VotingSender } from "./apply-voting-request.js";

const EDIT = { viewOnly: false, facilitator: true, tokenName: "token name" };

/** A room holding a map with a pain point, an opportunity and a note (not votable). */
function room(extra: Partial<JourneyMap> = {}) {
  const base = createJourneyMap({ id: "map", title: "Voting", now: new Date("2026-01-01T00:00:00Z") });
  const stageId = base.stages[0]!.id;
  const pains = createLane({ id: "pains", kind: "painPoints" });
  const ideas = createLane({ id: "ideas", kind: "opportunities" });
  const notes = createLane({ id: "notes", kind: "notes" });
  const map: JourneyMap = {
    ...base,
    lanes: [pains, ideas, notes],
    cards: [
      createCard({ id: "pain", laneId: "pains", stageId, text: "Cold dish" }),
      createCard({ id: "idea", laneId: "ideas", stageId, text: "Call back", votes: 4 }),
      createCard({ id: "note", laneId: "notes", stageId, text: "A note" }),
    ],
    ...extra,
  };
  return mapToDoc(map);
}

let next = 0;
const vote = (participant: string, cardId: string, delta: 1 | -1 = 1, name = participant): VotingRequest => ({
  kind: "vote",
  request: `r${++next}`,
  participant,
  name,
  cardId,
  delta,
});
const start = (dots: number): VotingRequest => ({ kind: "start", request: `r${++next}`, dots });
const apply = (doc: Y.Doc, request: VotingRequest, sender: VotingSender = EDIT) =>
  applyVotingRequest(doc, request, sender);
const votesOf = (doc: Y.Doc, id: string) => docToMap(doc)?.cards.find((card) => card.id === id)?.votes;

describe("applyVotingRequest", () => {
  it("refuses a vote while voting is closed, before any round and after End", () => {
    const doc = room();
    expect(apply(doc, vote("ana", "pain"))).toMatchObject({ ok: false, code: "closed" });
    apply(doc, start(2));
    expect(apply(doc, vote("ana", "pain")).ok).toBe(true);
    apply(doc, { kind: "end", request: "end" });
    expect(apply(doc, vote("ana", "pain"))).toMatchObject({ ok: false, code: "closed" });
    expect(votesOf(doc, "pain")).toBe(1);
    expect(readVoting(doc)).toMatchObject({ open: false, dots: 2 });
  });

  it("accepts votes, writes each voter's ballot and the card's total into the map", () => {
    const doc = room();
    apply(doc, start(3));
    expect(apply(doc, vote("ana", "pain", 1, "Ana"))).toEqual({ request: expect.any(String), ok: true });
    apply(doc, vote("ana", "pain", 1, "Ana"));
    apply(doc, vote("bea", "pain", 1, "Bea"));
    apply(doc, vote("bea", "idea", 1, "Bea"));
    expect(votesOf(doc, "pain")).toBe(3);
    expect(votesOf(doc, "idea")).toBe(1);
    const { ballots } = readVoting(doc);
    expect(ballots.get("ana")).toEqual({ name: "Ana", cards: { pain: 2 } });
    expect(ballots.get("bea")).toEqual({ name: "Bea", cards: { pain: 1, idea: 1 } });
  });

  it("starting a round counts from the ballots: votes left on the map from before are cleared", () => {
    const doc = room();
    expect(votesOf(doc, "idea")).toBe(4);
    apply(doc, start(3));
    expect(votesOf(doc, "idea")).toBeUndefined();
  });

  it("refuses a dot over the voter's budget, with a message that says how to get one back", () => {
    const doc = room();
    apply(doc, start(2));
    apply(doc, vote("ana", "pain"));
    apply(doc, vote("ana", "idea"));
    const refused = apply(doc, vote("ana", "pain"));
    expect(refused).toMatchObject({ ok: false, code: "no-dots-left" });
    expect(refused.ok || refused.message).toMatch(/all 2 of your dots.*take it back/);
    expect(votesOf(doc, "pain")).toBe(1);
    // Another voter's dots are their own.
    expect(apply(doc, vote("bea", "pain")).ok).toBe(true);
    // Taking one back frees a dot.
    expect(apply(doc, vote("ana", "idea", -1)).ok).toBe(true);
    expect(votesOf(doc, "idea")).toBeUndefined();
    expect(apply(doc, vote("ana", "pain")).ok).toBe(true);
    expect(votesOf(doc, "pain")).toBe(3);
  });

  it("refuses taking back a dot the voter never gave", () => {
    const doc = room();
    apply(doc, start(2));
    apply(doc, vote("bea", "pain"));
    expect(apply(doc, vote("ana", "pain", -1))).toMatchObject({ ok: false, code: "no-dot-to-take-back" });
    expect(votesOf(doc, "pain")).toBe(1);
  });

  it("refuses an unknown card and a card in a lane that takes no dots", () => {
    const doc = room();
    apply(doc, start(2));
    expect(apply(doc, vote("ana", "no-such-card"))).toMatchObject({ ok: false, code: "unknown-card" });
    expect(apply(doc, vote("ana", "note"))).toMatchObject({ ok: false, code: "not-votable" });
    expect(readVoting(doc).ballots.size).toBe(0);
    expect(votesOf(doc, "note")).toBeUndefined();
  });

  it("refuses everything from a view token: votes and running the round", () => {
    const doc = room();
    apply(doc, start(2));
    const view = { viewOnly: true, facilitator: false, tokenName: "viewer" };
    expect(apply(doc, vote("vic", "pain"), view)).toMatchObject({ ok: false, code: "view-only" });
    expect(apply(doc, { kind: "end", request: "e" }, view)).toMatchObject({ ok: false, code: "view-only" });
    expect(apply(doc, { kind: "reset", request: "x" }, view)).toMatchObject({ ok: false, code: "view-only" });
    expect(readVoting(doc)).toMatchObject({ open: true, ballots: new Map() });
  });

  it("a participant's edit token votes but cannot start, end or reset the round", () => {
    const doc = room();
    const participant = { viewOnly: false, facilitator: false, tokenName: "Ben" };
    expect(apply(doc, start(5), participant)).toMatchObject({ ok: false, code: "not-facilitator" });
    expect(readVoting(doc).open).toBe(false);
    apply(doc, start(2));
    expect(apply(doc, vote("ben", "pain"), participant).ok).toBe(true);
    for (const kind of ["end", "reset"] as const)
      expect(apply(doc, { kind, request: kind }, participant)).toMatchObject({
        ok: false,
        code: "not-facilitator",
        message: "Only the facilitator can start, end or reset dot voting.",
      });
    expect(readVoting(doc)).toMatchObject({ open: true, dots: 2 });
    expect(votesOf(doc, "pain")).toBe(1);
  });

  it("a dot on a card that was deleted comes back to its voter", () => {
    const doc = room();
    apply(doc, start(1));
    apply(doc, vote("ana", "idea"));
    expect(apply(doc, vote("ana", "pain"))).toMatchObject({ code: "no-dots-left" });
    doc.getMap("cards").delete("idea");
    expect(apply(doc, vote("ana", "pain")).ok).toBe(true);
    expect(readVoting(doc).ballots.get("ana")?.cards).toEqual({ pain: 1 });
  });

  it("reset clears every ballot and every card's votes, and the round stays as it was", () => {
    const doc = room();
    apply(doc, start(3));
    apply(doc, vote("ana", "pain"));
    apply(doc, vote("bea", "idea"));
    expect(apply(doc, { kind: "reset", request: "x" }).ok).toBe(true);
    expect(readVoting(doc)).toMatchObject({ open: true, dots: 3, ballots: new Map() });
    expect(docToMap(doc)?.cards.every((card) => card.votes === undefined)).toBe(true);
  });

  it("keys a ballot by the token's participant id, whatever id the request names", () => {
    const doc = room();
    apply(doc, start(2));
    const bea = { viewOnly: false, facilitator: false, tokenName: "participant", participant: "p-bea" };
    const eve = { viewOnly: false, facilitator: false, tokenName: "participant", participant: "p-eve" };
    apply(doc, vote("anything", "pain", 1, "Bea"), bea);
    apply(doc, vote("p-bea", "idea", 1, "Bea"), bea);
    // Eve names Bea's ballot: she can neither take Bea's dots back nor spend them.
    expect(apply(doc, vote("p-bea", "pain", -1, "Eve"), eve)).toMatchObject({
      ok: false,
      code: "no-dot-to-take-back",
    });
    expect(apply(doc, vote("p-bea", "pain", 1, "Eve"), eve).ok).toBe(true);
    const { ballots } = readVoting(doc);
    expect(ballots.get("p-bea")).toEqual({ name: "Bea", cards: { pain: 1, idea: 1 } });
    expect(ballots.get("p-eve")).toEqual({ name: "Eve", cards: { pain: 1 } });
    expect([...ballots.keys()].sort()).toEqual(["p-bea", "p-eve"]);
    // Bea, back with the same token, finds her dots used.
    expect(apply(doc, vote("new-id", "pain", 1, "Bea"), bea)).toMatchObject({
      ok: false,
      code: "no-dots-left",
    });
  });

  it("uses the token's name when a vote carries none", () => {
    const doc = room();
    apply(doc, start(3));
    apply(doc, vote("ana", "pain", 1, ""));
    expect(readVoting(doc).ballots.get("ana")?.name).toBe("token name");
  });

  it("writes in one transaction with the given origin", () => {
    const doc = room();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { source: "local" };
    applyVotingRequest(doc, start(2), EDIT, origin);
    applyVotingRequest(doc, vote("ana", "pain"), EDIT, origin);
    expect(origins).toEqual([origin, origin]);
  });
});
