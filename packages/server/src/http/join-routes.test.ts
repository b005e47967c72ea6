import { createVotingClient, docToMap, readVoting } from "@journeykit/collab";
import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { connectClient, painPointMap } from "../../test/room-client.js";
import { json, WORKSHOP_SECRET, workshopServersUnderTest } from "../../test/workshop-server.js";
import { verifyRoomToken } from "../tokens/room-token.js";
import type { JoinAnswer } from "./join-routes.js";

const { cleanups, serve, signIn } = workshopServersUnderTest();

interface StartedRoom {
  room: string;
  tokens: { facilitator: string };
  links: { participant: string; projector: string };
}

async function startRoom(base: string, session: string, map = createJourneyMap({ title: "Short links" })) {
  const answer = await fetch(`${base}/facilitator/rooms`, json({ map }, session));
  expect(answer.status).toBe(201);
  return (await answer.json()) as StartedRoom;
}

/** What the app does on `/j/<code>`: POST the same path (with the token it had, to rejoin). */
async function exchange(base: string, link: string, rejoin?: string) {
  const { pathname } = new URL(link);
  return fetch(`${base}${pathname}`, rejoin ? json({ rejoin }) : { method: "POST" });
}

async function joined(base: string, link: string, rejoin?: string): Promise<JoinAnswer> {
  const answer = await exchange(base, link, rejoin);
  expect(answer.status).toBe(200);
  return (await answer.json()) as JoinAnswer;
}

describe("short join links", () => {
  it("give the participants and the projector a link of a few characters, no token in it", async () => {
    const { base } = await serve();
    const started = await startRoom(base, await signIn(base));
    for (const link of [started.links.participant, started.links.projector]) {
      const url = new URL(link);
      expect(url.pathname).toMatch(/^\/j\/[0-9a-z]{9}$/);
      expect(url.pathname.length).toBeLessThan(40);
      // No token (a JWT starts eyJ), no hash, no query: all a phone scans is origin and code.
      expect(link).not.toMatch(/eyJ|#|\?/);
      expect(link.length).toBeLessThan(url.origin.length + 13);
    }
    expect(started.links.participant).not.toBe(started.links.projector);
    // The page of the link is the app, which then asks the server for its token.
    const page = await fetch(`${base}${new URL(started.links.participant).pathname}`);
    expect(await page.text()).toContain("app");
    // The room list never shows the codes.
    const list = await fetch(`${base}/facilitator/rooms`, {
      headers: { authorization: `Bearer ${await signIn(base)}` },
    });
    expect(await list.text()).not.toContain(new URL(started.links.participant).pathname.slice(3));
  });

  it("open the room with the right role: the participants' edits, the projector's only watches", async () => {
    const { base } = await serve();
    const started = await startRoom(base, await signIn(base));
    const participant = await joined(base, started.links.participant);
    expect(participant).toMatchObject({ room: started.room, role: "edit" });
    const claims = await verifyRoomToken(participant.token, WORKSHOP_SECRET, started.room);
    expect(claims).toMatchObject({ role: "edit", participant: expect.stringMatching(/^p-/) });
    expect(claims.facilitator).toBeUndefined();
    const projector = await joined(base, started.links.projector);
    expect(projector).toMatchObject({ room: started.room, role: "view" });
    expect(await verifyRoomToken(projector.token, WORKSHOP_SECRET, started.room)).toEqual({
      room: started.room,
      name: "projector",
      role: "view",
    });
    // Each participant's token is their own; the codes are the same letters typed any way.
    const other = await joined(
      base,
      started.links.participant.replace(/\/j\/(.+)$/, (_, code: string) => `/j/${code.toUpperCase()}`),
    );
    expect((await verifyRoomToken(other.token, WORKSHOP_SECRET)).participant).not.toBe(claims.participant);

    const client = connectClient({ url: base }, started.room, participant.token);
    cleanups.push(() => client.close());
    await client.ready;
    expect(docToMap(client.doc)?.title).toBe("Short links");
  });

  it("stop working when the room is ended; Reopen gives the same links again", async () => {
    const { base } = await serve();
    const session = await signIn(base);
    const started = await startRoom(base, session);
    const reopened = (await (
      await fetch(`${base}/facilitator/rooms/${started.room}/open`, json({}, session))
    ).json()) as StartedRoom;
    expect(reopened.links).toEqual(started.links);
    await joined(base, started.links.participant);
    expect((await fetch(`${base}/facilitator/rooms/${started.room}/end`, json({}, session))).status).toBe(
      200,
    );
    for (const link of [started.links.participant, started.links.projector]) {
      const answer = await exchange(base, link);
      expect(answer.status).toBe(410);
      expect(((await answer.json()) as { error: string }).error).toContain("ended");
    }
  });

  it("keep working after a restart (the codes are in the data folder)", async () => {
    const first = await serve();
    const started = await startRoom(first.base, await signIn(first.base));
    const second = await serve(first.dataDir);
    expect(await joined(second.base, started.links.participant)).toMatchObject({ room: started.room });
  });

  it("limit guessing: 20 wrong codes a minute per address, then even a right one waits", async () => {
    const { base } = await serve();
    const started = await startRoom(base, await signIn(base));
    // People who have the link are never held up, however many join.
    for (let i = 0; i < 30; i++) await joined(base, started.links.participant);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await fetch(`${base}/j/${String(i).padStart(9, "0")}`, { method: "POST" })).status);
    expect(new Set(statuses)).toEqual(new Set([404]));
    const guessed = await fetch(`${base}/j/zzzzzzzzz`, { method: "POST" });
    expect(guessed.status).toBe(429);
    expect(Number(guessed.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await exchange(base, started.links.participant)).status).toBe(429);
    expect((await fetch(`${base}/j/not-a-code-at-all`, { method: "POST" })).status).toBe(429);
  });

  it("behind a reverse proxy (trustProxy), limit each address the proxy saw, not the proxy itself", async () => {
    const guess = (base: string, from: string) =>
      fetch(`${base}/j/zzzzzzzzz`, { method: "POST", headers: { "x-forwarded-for": from } });
    const proxied = await serve(undefined, { trustProxy: true });
    for (let i = 0; i < 20; i++) expect((await guess(proxied.base, "203.0.113.9")).status).toBe(404);
    expect((await guess(proxied.base, "203.0.113.9")).status).toBe(429);
    // A forged header cannot pick another address: the proxy's own entry comes last.
    expect((await guess(proxied.base, "198.51.100.1, 203.0.113.9")).status).toBe(429);
    expect((await guess(proxied.base, "198.51.100.7")).status).toBe(404);
    // Not told it sits behind a proxy, the server ignores the header: one address, one budget.
    const direct = await serve();
    for (let i = 0; i < 20; i++) await guess(direct.base, `198.51.100.${i}`);
    expect((await guess(direct.base, "198.51.100.99")).status).toBe(429);
  });

  it("a participant who comes back (reload, another tab, the QR code again) keeps their dots", async () => {
    const { base } = await serve();
    const session = await signIn(base);
    const started = await startRoom(base, session, painPointMap("Voting"));
    const facilitator = connectClient({ url: base }, started.room, started.tokens.facilitator);
    cleanups.push(() => facilitator.close());
    await facilitator.ready;
    const run = createVotingClient(facilitator.provider, { id: "ana", name: "Ana" });
    cleanups.push(run.destroy);
    expect(await run.start(2)).toMatchObject({ ok: true });

    const first = await joined(base, started.links.participant);
    const bea = connectClient({ url: base }, started.room, first.token);
    cleanups.push(() => bea.close());
    await bea.ready;
    const beaVotes = createVotingClient(bea.provider, { id: "browser-1", name: "Bea" });
    expect(await beaVotes.vote("pain", 1)).toMatchObject({ ok: true });
    beaVotes.destroy();
    bea.close();

    // Back with the token this browser kept: the same participant, one dot left, whatever id it sends.
    const again = await joined(base, started.links.participant, first.token);
    const { participant } = await verifyRoomToken(first.token, WORKSHOP_SECRET);
    expect((await verifyRoomToken(again.token, WORKSHOP_SECRET)).participant).toBe(participant);
    const back = connectClient({ url: base }, started.room, again.token);
    cleanups.push(() => back.close());
    await back.ready;
    const backVotes = createVotingClient(back.provider, { id: "browser-2-storage-cleared", name: "Bea" });
    cleanups.push(backVotes.destroy);
    expect(await backVotes.vote("pain", 1)).toMatchObject({ ok: true });
    expect(await backVotes.vote("pain", 1)).toMatchObject({ ok: false, code: "no-dots-left" });
    expect([...readVoting(back.doc).ballots]).toEqual([[participant, { name: "Bea", cards: { pain: 2 } }]]);
    // A token of another room (or a forged one) is no way into someone's ballot: a new participant.
    const stranger = await joined(base, started.links.participant, "eyJhbGciOiJIUzI1NiJ9.e30.x");
    expect((await verifyRoomToken(stranger.token, WORKSHOP_SECRET)).participant).not.toBe(participant);
  });
});
