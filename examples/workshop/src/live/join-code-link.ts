import { liveHash } from "./live-link";

/** What journeykit-server answers for a join code: the room, the role and a token of this browser's own. */
export interface JoinAnswer {
  room: string;
  role: "edit" | "view";
  token: string;
}

type Store = Pick<Storage, "getItem" | "setItem">;

const KEY = (code: string) => `journeykit:join:${code}`;

/**
 * The join code of a short link's path (`/j/7kq2mx4p9`, what the QR code holds), or null on any other
 * path.
 *
 * @example
 * joinCodeOf("/j/7kq2mx4p9"); // "7kq2mx4p9"
 */
export function joinCodeOf(pathname: string): string | null {
  return /^\/j\/([0-9A-Za-z-]{1,32})\/?$/.exec(pathname)?.[1] ?? null;
}

function storage(): Store | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Exchange a join code for its room and a token (`POST /j/<code>` on the server that served the app).
 * The token this browser got for the same code before is sent back, so the server gives the same
 * participant (their dots); the new one is kept for next time. Rejects with the server's reason (the
 * room was ended, the code is wrong, too many tries) in words.
 *
 * @example
 * const { room, token } = await exchangeJoinCode("7kq2mx4p9");
 */
export async function exchangeJoinCode(
  code: string,
  kept: Store | undefined = storage(),
  post: typeof fetch = fetch,
): Promise<JoinAnswer> {
  let earlier: string | null = null;
  try {
    earlier = kept?.getItem(KEY(code)) ?? null;
  } catch {
    // Storage blocked: a new participant.
  }
  let response: Response;
  try {
    response = await post(`/j/${encodeURIComponent(code)}`, {
      method: "POST",
      cache: "no-store",
      ...(earlier
        ? { headers: { "content-type": "application/json" }, body: JSON.stringify({ rejoin: earlier }) }
        : {}),
    });
  } catch {
    throw new Error("The server does not answer: check the Wi-Fi, then open the link again.");
  }
  const body = (await response.json().catch(() => null)) as (JoinAnswer & { error?: unknown }) | null;
  if (!response.ok || !body || typeof body.token !== "string") {
    const why = typeof body?.error === "string" ? body.error : `the server answered ${response.status}`;
    throw new Error(`${why.charAt(0).toUpperCase()}${why.slice(1)}.`);
  }
  try {
    kept?.setItem(KEY(code), body.token);
  } catch {
    // Private mode: the next visit is a new participant.
  }
  return { room: body.room, role: body.role, token: body.token };
}

/**
 * Where a joined short link goes: the app's root with the live link in the hash (no server named: it is
 * the one that served the app), so a reload stays in the room.
 *
 * @example
 * history.replaceState(null, "", joinedUrl(answer, ownServerUrl()));
 */
export function joinedUrl(answer: JoinAnswer, ownServer: string): string {
  return `/${liveHash({ server: ownServer, room: answer.room, token: answer.token, facilitator: false }, ownServer)}`;
}
