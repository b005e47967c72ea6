import { docToMap } from "@journeykit/collab";
import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { connectClient } from "../../test/room-client.js";
import {
  json,
  PASSCODE,
  WORKSHOP_SECRET as SECRET,
  workshopServersUnderTest,
} from "../../test/workshop-server.js";
import { verifyRoomToken } from "../tokens/room-token.js";
import { SERVED_APP_MARKER } from "./serve-app.js";

const { cleanups, serve, signIn } = workshopServersUnderTest();

describe("journeykit-server with the workshop app", () => {
  it("serves the app on its own port, the API beside it", async () => {
    const { base } = await serve();
    const page = await fetch(`${base}/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain(SERVED_APP_MARKER);
    expect(await (await fetch(`${base}/live/anything`)).text()).toContain("app");
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ ok: true });
    expect((await fetch(`${base}/rooms/%ZZ/map`)).status).toBe(400);
  });

  it("gives a session for the passcode only, and stops guessers after five tries (even with the right one then)", async () => {
    const { base } = await serve();
    const wrong = await fetch(`${base}/facilitator/session`, json({ passcode: "not-the-one" }));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain(PASSCODE);
    // Without a JSON content type a page on another site cannot even try.
    const form = await fetch(`${base}/facilitator/session`, { method: "POST", body: `passcode=${PASSCODE}` });
    expect(form.status).toBe(415);
    expect((await fetch(`${base}/facilitator/rooms`)).status).toBe(401);
    const session = await signIn(base);
    const rooms = await fetch(`${base}/facilitator/rooms`, {
      headers: { authorization: `Bearer ${session}` },
    });
    expect(await rooms.json()).toEqual({ rooms: [] });
    for (let i = 0; i < 5; i++)
      await fetch(`${base}/facilitator/session`, json({ passcode: `guess-${i}-x` }));
    const locked = await fetch(`${base}/facilitator/session`, json({ passcode: PASSCODE }));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("starts a room from a map: participants edit, the projector watches, the map is in the room", async () => {
    const { base } = await serve();
    const session = await signIn(base);
    const map = createJourneyMap({ title: "Café Kick-off!" });
    const answer = await fetch(`${base}/facilitator/rooms`, json({ map, mapId: "map-1" }, session));
    expect(answer.status).toBe(201);
    const started = (await answer.json()) as {
      room: string;
      title: string;
      mapId: string;
      origin: string;
      tokens: { facilitator: string; participant: string; projector: string };
    };
    expect(started.room).toMatch(/^cafe-kick-off-[a-z0-9]{6}$/);
    expect(started).toMatchObject({ title: "Café Kick-off!", mapId: "map-1" });
    expect(started.origin).toMatch(/^http:\/\//);
    const { room, tokens } = started;
    await expect(verifyRoomToken(tokens.facilitator, SECRET, room)).resolves.toMatchObject({
      facilitator: true,
    });
    await expect(verifyRoomToken(tokens.participant, SECRET, room)).resolves.toMatchObject({ role: "edit" });
    await expect(verifyRoomToken(tokens.projector, SECRET, room)).resolves.toMatchObject({ role: "view" });
    const participant = connectClient({ url: base }, room, tokens.participant);
    cleanups.push(() => participant.close());
    await participant.ready;
    expect(docToMap(participant.doc)?.title).toBe("Café Kick-off!");

    const list = (await (
      await fetch(`${base}/facilitator/rooms`, { headers: { authorization: `Bearer ${session}` } })
    ).json()) as { rooms: { room: string; participants: number }[] };
    expect(list.rooms).toEqual([expect.objectContaining({ room, participants: 1 })]);
  });

  it("refuses a map that is not one, and rooms without a session", async () => {
    const { base } = await serve();
    const session = await signIn(base);
    const bad = await fetch(`${base}/facilitator/rooms`, json({ map: { format: "nope" } }, session));
    expect(bad.status).toBe(400);
    const forged = await fetch(
      `${base}/facilitator/rooms`,
      json({ map: createJourneyMap() }, "eyJhbGciOiJIUzI1NiJ9.e30.x"),
    );
    expect(forged.status).toBe(401);
  });

  it("ends a room: its links stop working, the map is kept and downloads", async () => {
    const { base } = await serve();
    const session = await signIn(base);
    const map = createJourneyMap({ title: "Ending" });
    const started = (await (await fetch(`${base}/facilitator/rooms`, json({ map }, session))).json()) as {
      room: string;
      tokens: { participant: string };
    };
    const { room, tokens } = started;
    const ended = await fetch(`${base}/facilitator/rooms/${room}/end`, json({}, session));
    expect(ended.status).toBe(200);
    expect(((await ended.json()) as { endedAt?: string }).endedAt).toBeTruthy();
    const viaApi = await fetch(`${base}/rooms/${room}/map`, {
      headers: { authorization: `Bearer ${tokens.participant}` },
    });
    expect(viaApi.status).toBe(410);
    const late = connectClient({ url: base }, room, tokens.participant);
    cleanups.push(() => late.close());
    await expect(late.ready).rejects.toThrow("refused");
    expect((await fetch(`${base}/facilitator/rooms/${room}/open`, json({}, session))).status).toBe(410);
    const download = await fetch(`${base}/facilitator/rooms/${room}/map`, {
      headers: { authorization: `Bearer ${session}` },
    });
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="Ending.journey.json"');
    expect(((await download.json()) as { title: string }).title).toBe("Ending");
  });

  it("reopens yesterday's room after a restart with every edit kept, and lists its last activity", async () => {
    const first = await serve();
    const session = await signIn(first.base);
    const map = createJourneyMap({ title: "Day one" });
    const started = (await (
      await fetch(`${first.base}/facilitator/rooms`, json({ map }, session))
    ).json()) as {
      room: string;
      lastActivity: string;
      tokens: { participant: string };
    };
    await new Promise((resolve) => setTimeout(resolve, 20));
    const edited = { ...map, title: "Day one, edited by a participant" };
    const put = await fetch(`${first.base}/rooms/${started.room}/map`, {
      method: "PUT",
      headers: { authorization: `Bearer ${started.tokens.participant}`, "content-type": "application/json" },
      body: JSON.stringify(edited),
    });
    expect(put.status).toBe(200);
    cleanups.splice(cleanups.length - 1, 1);
    await first.server.close();

    const second = await serve(first.dataDir);
    // The session survives the restart too (the secret and passcode are the data folder's).
    const list = (await (
      await fetch(`${second.base}/facilitator/rooms`, { headers: { authorization: `Bearer ${session}` } })
    ).json()) as { rooms: { room: string; title: string; lastActivity: string }[] };
    expect(list.rooms).toEqual([expect.objectContaining({ room: started.room, title: "Day one" })]);
    // The participant's edit is the room's last activity, kept across the restart.
    expect(list.rooms[0]!.lastActivity > started.lastActivity).toBe(true);
    const reopened = (await (
      await fetch(`${second.base}/facilitator/rooms/${started.room}/open`, json({}, session))
    ).json()) as { tokens: { participant: string } };
    const participant = connectClient({ url: second.base }, started.room, reopened.tokens.participant);
    cleanups.push(() => participant.close());
    await participant.ready;
    expect(docToMap(participant.doc)?.title).toBe("Day one, edited by a participant");
  });
});
