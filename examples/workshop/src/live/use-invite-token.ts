import { useEffect, useState } from "react";
import { requestInviteToken } from "./invite-token";

/** The participants' token for the join link: being asked for, got, or why not. */
export type InviteState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; token: string }
  | { status: "error"; message: string };

/**
 * Ask the server for the join link's token whenever server, room and facilitator token are complete
 * (`request` non-null), a moment after the last keystroke; a newer request cancels the older one.
 *
 * @example
 * const invite = useInviteToken(ready ? { server, room, token } : null);
 */
export function useInviteToken(request: { server: string; room: string; token: string } | null): InviteState {
  const [state, setState] = useState<InviteState>({ status: "idle" });
  const server = request?.server;
  const room = request?.room;
  const token = request?.token;
  useEffect(() => {
    if (server === undefined || room === undefined || token === undefined) {
      setState({ status: "idle" });
      return;
    }
    setState({ status: "loading" });
    const abort = new AbortController();
    const timer = setTimeout(() => {
      requestInviteToken(server, room, token, abort.signal).then(
        (invite) => setState({ status: "ready", token: invite }),
        (error: Error) => {
          if (!abort.signal.aborted) setState({ status: "error", message: error.message });
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [server, room, token]);
  return state;
}
