import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type ConnectionState,
  HEARTBEAT,
  type HeartbeatChannel,
  type HeartbeatEvent,
  watchConnection,
} from "./watch-connection.js";

/**
 * A provider as the watch sees it, and a server behind it that echoes heartbeats while the network is
 * up (`cut()` drops everything both ways without closing the socket, as a pulled cable does).
 */
function fakeRoom({ echoes = true } = {}) {
  const listeners = new Map<string, Set<(data: HeartbeatEvent) => void>>();
  const emit = (event: string, data: HeartbeatEvent) => {
    for (const listener of listeners.get(event) ?? []) listener(data);
  };
  let up = true;
  const sent: string[] = [];
  const channel: HeartbeatChannel = {
    sendStateless(payload) {
      sent.push(payload);
      if (!up || !echoes || payload !== HEARTBEAT) return;
      // The echo arrives a moment later, as a message and then a stateless event.
      setTimeout(() => {
        if (!up) return;
        emit("message", {});
        emit("stateless", { payload });
      }, 30);
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener);
    },
  };
  return {
    channel,
    sent,
    status: (status: string) => emit("status", { status }),
    message: () => emit("message", {}),
    cut: () => {
      up = false;
    },
    restore: () => {
      up = true;
    },
  };
}

/** Every state the watch reports, with the fake clock's time. */
function record(connection: ReturnType<typeof watchConnection>) {
  const states: { state: ConnectionState; at: number }[] = [];
  connection.subscribe((state) => states.push({ state, at: Date.now() }));
  return states;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("watchConnection", () => {
  it("reports a cut network as disconnected within 5 s although the socket still says connected, and connected again when messages flow", () => {
    const room = fakeRoom();
    const connection = watchConnection(room.channel, { initial: "connected" });
    const states = record(connection);
    vi.advanceTimersByTime(30_000);
    expect(connection.state()).toBe("connected");
    expect(states).toEqual([]);

    const cutAt = Date.now();
    room.cut();
    vi.advanceTimersByTime(5_000);
    expect(connection.state()).toBe("disconnected");
    expect(states).toHaveLength(1);
    expect(states[0]!.at - cutAt).toBeLessThanOrEqual(5_000);

    // Twenty seconds later the network is back: the next heartbeat's echo says so.
    vi.advanceTimersByTime(15_000);
    room.restore();
    vi.advanceTimersByTime(2_000);
    expect(connection.state()).toBe("connected");
    expect(states.map((s) => s.state)).toEqual(["disconnected", "connected"]);
    connection.stop();
  });

  it("follows the socket's own status: connecting, connected, disconnected", () => {
    const room = fakeRoom();
    const connection = watchConnection(room.channel);
    const states = record(connection);
    expect(connection.state()).toBe("connecting");
    room.status("connected");
    room.status("disconnected");
    room.status("connecting");
    expect(states.map((s) => s.state)).toEqual(["connected", "disconnected", "connecting"]);
    connection.stop();
  });

  it("sends heartbeats only while connected, about every 1.5 s", () => {
    const room = fakeRoom();
    const connection = watchConnection(room.channel, { initial: "disconnected" });
    vi.advanceTimersByTime(10_000);
    expect(room.sent).toEqual([]);
    room.status("connected");
    vi.advanceTimersByTime(15_000);
    expect(room.sent.length).toBeGreaterThanOrEqual(9);
    expect(room.sent.length).toBeLessThanOrEqual(11);
    expect(new Set(room.sent)).toEqual(new Set([HEARTBEAT]));
    connection.stop();
  });

  it("never reports a server that does not echo heartbeats (an older journeykit-server) as lost", () => {
    const room = fakeRoom({ echoes: false });
    const connection = watchConnection(room.channel, { initial: "connected" });
    const states = record(connection);
    vi.advanceTimersByTime(60_000);
    expect(connection.state()).toBe("connected");
    expect(states).toEqual([]);
    connection.stop();
  });

  it("counts any message from the server as a sign of life", () => {
    const room = fakeRoom();
    const connection = watchConnection(room.channel, { initial: "connected" });
    vi.advanceTimersByTime(2_000);
    room.cut();
    // Heartbeats go unanswered, but the room's updates keep arriving (only the echo path is slow).
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(1_000);
      room.message();
    }
    expect(connection.state()).toBe("connected");
    connection.stop();
  });

  it("counts silence only once a heartbeat went unanswered (a tab whose timers the browser slowed down asks first)", () => {
    const room = fakeRoom();
    // Heartbeats far apart, as in a background tab whose timers run once in a while.
    const connection = watchConnection(room.channel, { initial: "connected", everyMs: 10_000 });
    const states = record(connection);
    vi.advanceTimersByTime(10_100);
    // Nine quiet seconds since the last echo, but nothing was asked in them: no loss.
    vi.advanceTimersByTime(9_000);
    expect(connection.state()).toBe("connected");
    expect(states).toEqual([]);
    // The next heartbeat goes unanswered: lost about 2 s after it was sent.
    room.cut();
    vi.advanceTimersByTime(3_500);
    expect(connection.state()).toBe("disconnected");
    connection.stop();
  });

  it("stops sending and reporting once stopped", () => {
    const room = fakeRoom();
    const connection = watchConnection(room.channel, { initial: "connected" });
    const states = record(connection);
    connection.stop();
    const sent = room.sent.length;
    room.status("disconnected");
    vi.advanceTimersByTime(10_000);
    expect(room.sent.length).toBe(sent);
    expect(states).toEqual([]);
  });
});
