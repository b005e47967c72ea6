import { describe, expect, it } from "vitest";
import { createVotingClient, type StatelessChannel } from "./voting-client.js";
import { encodeVotingMessage, parseVotingRequest, type VotingRequest } from "./voting-request.js";

/** A channel whose server answers every request with `answer`, or never when `answer` is undefined. */
function fakeChannel(answer?: (request: VotingRequest) => { ok: boolean }) {
  const listeners = new Set<(data: { payload: string }) => void>();
  const sent: VotingRequest[] = [];
  const channel: StatelessChannel = {
    sendStateless(payload) {
      const request = parseVotingRequest(payload);
      if (!request || request.kind === "invalid") throw new Error(`not a voting request: ${payload}`);
      sent.push(request);
      if (!answer) return;
      const reply = answer(request).ok
        ? { request: request.request, ok: true as const }
        : { request: request.request, ok: false as const, code: "closed" as const, message: "Closed." };
      // Other channels' messages pass by unnoticed.
      for (const listener of listeners) listener({ payload: JSON.stringify({ channel: "follow-me" }) });
      queueMicrotask(() => {
        for (const listener of listeners) listener({ payload: encodeVotingMessage(reply) });
      });
    },
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
  return { channel, sent, listeners };
}

describe("createVotingClient", () => {
  it("sends who votes on which card, and resolves with the server's answer to that request", async () => {
    const { channel, sent } = fakeChannel((request) => ({ ok: request.kind !== "end" }));
    const client = createVotingClient(channel, { id: "p1", name: "Ana" });
    await expect(client.vote("card-1", -1)).resolves.toMatchObject({ ok: true });
    await expect(client.end()).resolves.toMatchObject({ ok: false, message: "Closed." });
    expect(sent[0]).toMatchObject({
      kind: "vote",
      participant: "p1",
      name: "Ana",
      cardId: "card-1",
      delta: -1,
    });
    expect(sent[1]).toMatchObject({ kind: "end" });
    expect(sent[0]!.request).not.toBe(sent[1]!.request);
  });

  it("says so when the server does not answer, and stops listening on destroy", async () => {
    const { channel, listeners } = fakeChannel();
    const client = createVotingClient(channel, { id: "p1", name: "Ana" }, { timeoutMs: 20 });
    const reply = await client.start(3);
    expect(reply).toMatchObject({ ok: false, code: "no-answer", message: /has not answered/ });
    const pending = client.reset();
    client.destroy();
    await expect(pending).resolves.toMatchObject({ ok: false });
    expect(listeners.size).toBe(0);
  });

  it("refuses at once while the provider is disconnected (it would send the request later)", async () => {
    const { channel, sent } = fakeChannel(() => ({ ok: true }));
    const offline = Object.assign(Object.create(null), channel, { isSynced: false }) as StatelessChannel;
    const reply = await createVotingClient(offline, { id: "p1", name: "Ana" }).vote("card-1", 1);
    expect(reply).toMatchObject({ ok: false, code: "offline" });
    expect(sent).toEqual([]);
  });
});

describe("parseVotingRequest", () => {
  it("ignores other channels and non-JSON, and names what is wrong with a malformed request", () => {
    expect(parseVotingRequest("not json")).toBeUndefined();
    expect(parseVotingRequest(JSON.stringify({ channel: "follow-me", message: {} }))).toBeUndefined();
    const bad = (message: object) =>
      parseVotingRequest(JSON.stringify({ channel: "journeykit/voting", message }));
    expect(bad({ kind: "vote" })).toMatchObject({ kind: "invalid", request: "" });
    expect(bad({ kind: "start", request: "r", dots: 0 })).toMatchObject({
      kind: "invalid",
      reason: /1 to 100/,
    });
    expect(
      bad({ kind: "vote", request: "r", participant: "p", name: "A", cardId: "c", delta: 2 }),
    ).toMatchObject({
      kind: "invalid",
    });
    expect(
      bad({ kind: "vote", request: "r", participant: "p", name: " Ana ", cardId: "c", delta: 1 }),
    ).toEqual({
      kind: "vote",
      request: "r",
      participant: "p",
      name: "Ana",
      cardId: "c",
      delta: 1,
    });
  });
});
