/**
 * The stateless message a journeykit client sends to check that its connection still carries
 * messages; journeykit-server sends it straight back to that client.
 *
 * @example
 * provider.on("stateless", ({ payload }) => payload === HEARTBEAT && console.log("the server answers"));
 * provider.sendStateless(HEARTBEAT);
 */
export const HEARTBEAT = "journeykit:heartbeat";

/** The connection to a room as a participant should be told about it. */
export type ConnectionState = "connecting" | "connected" | "disconnected";

/**
 * The part of a room's provider the watch needs (a `HocuspocusProvider` is one): its socket's status,
 * every message it receives, stateless messages both ways.
 */
export interface HeartbeatChannel {
  sendStateless(payload: string): void;
  on(event: "status" | "message" | "stateless", listener: (data: HeartbeatEvent) => void): unknown;
  off(event: "status" | "message" | "stateless", listener: (data: HeartbeatEvent) => void): unknown;
}

/** What the provider's `status`, `message` and `stateless` events carry (the parts read here). */
export interface HeartbeatEvent {
  status?: string;
  payload?: string;
}

/** Options of `watchConnection`. */
export interface WatchConnectionOptions {
  /** The socket's status now (default "connecting"). */
  initial?: ConnectionState;
  /** How often to send a heartbeat while connected (default 1,500 ms). */
  everyMs?: number;
  /** How long without a message from the server makes a connected socket count as lost (default 4,000 ms). */
  silentAfterMs?: number;
  /**
   * How long a heartbeat may go unanswered before the silence counts (default 2,000 ms): a tab whose
   * timers the browser slowed down asks again before it reports anything.
   */
  answerWithinMs?: number;
}

/** The connection's state, kept current. */
export interface RoomConnection {
  state(): ConnectionState;
  /** Called with each new state; returns the unsubscribe. */
  subscribe(listener: (state: ConnectionState) => void): () => void;
  /** Stop sending heartbeats and listening. */
  stop(): void;
}

const socketState = (status: string | undefined): ConnectionState | undefined =>
  status === "connecting" || status === "connected" || status === "disconnected" ? status : undefined;

/**
 * Tell the truth about a room's connection within seconds of a network cut. A WebSocket whose network
 * is gone stays "connected" until TCP gives up (minutes) or the provider's own check closes it (30 s
 * without a message): so while connected, a heartbeat is sent every `everyMs`, the server echoes it,
 * and once nothing at all has arrived for `silentAfterMs`, with a heartbeat unanswered for
 * `answerWithinMs`, the connection counts as "disconnected" until a message arrives again. Until the server has echoed one heartbeat (a server that does not
 * answer them) only the socket's status counts, so an older server is never reported lost.
 *
 * @example
 * const connection = watchConnection(provider, { initial: "connected" });
 * connection.subscribe((state) => pill.textContent = state === "connected" ? "Live" : "Offline");
 */
export function watchConnection(
  channel: HeartbeatChannel,
  {
    initial = "connecting",
    everyMs = 1_500,
    silentAfterMs = 4_000,
    answerWithinMs = 2_000,
  }: WatchConnectionOptions = {},
): RoomConnection {
  let socket = initial;
  let answers = false;
  let lastHeard = Date.now();
  /** When the oldest heartbeat not followed by any message was sent. */
  let unansweredSince: number | undefined;
  const listeners = new Set<(state: ConnectionState) => void>();
  const state = (): ConnectionState => {
    if (socket !== "connected") return socket;
    const now = Date.now();
    const lost =
      answers &&
      unansweredSince !== undefined &&
      now - unansweredSince > answerWithinMs &&
      now - lastHeard > silentAfterMs;
    return lost ? "disconnected" : "connected";
  };
  let reported = state();
  const update = () => {
    const next = state();
    if (next === reported) return;
    reported = next;
    for (const listener of listeners) listener(next);
  };
  const onStatus = ({ status }: HeartbeatEvent) => {
    socket = socketState(status) ?? socket;
    if (socket === "connected") lastHeard = Date.now();
    unansweredSince = undefined;
    update();
  };
  const onMessage = () => {
    lastHeard = Date.now();
    unansweredSince = undefined;
    update();
  };
  const onStateless = ({ payload }: HeartbeatEvent) => {
    if (payload === HEARTBEAT) answers = true;
    onMessage();
  };
  channel.on("status", onStatus);
  channel.on("message", onMessage);
  channel.on("stateless", onStateless);
  // Checked four times as often as a heartbeat goes out, so a cut shows within silentAfterMs + a bit.
  let sinceBeat = 0;
  const tick = Math.max(50, Math.round(everyMs / 4));
  const timer = setInterval(() => {
    sinceBeat += tick;
    if (socket === "connected" && sinceBeat >= everyMs) {
      sinceBeat = 0;
      unansweredSince ??= Date.now();
      channel.sendStateless(HEARTBEAT);
    }
    update();
  }, tick);
  return {
    state: () => reported,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      clearInterval(timer);
      channel.off("status", onStatus);
      channel.off("message", onMessage);
      channel.off("stateless", onStateless);
      listeners.clear();
    },
  };
}
