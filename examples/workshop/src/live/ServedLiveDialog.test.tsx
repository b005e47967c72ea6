import { createJourneyMap } from "@journeykit/core";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LibraryContext } from "../storage/library-context";
import { MemoryMapLibrary } from "../storage/memory-map-library";
import { parseLiveLink } from "./live-link";
import { ServedLiveDialog } from "./ServedLiveDialog";

const PASSCODE = "k7mq-p3xr-9tdw";
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (payload: unknown) => `${part({ alg: "HS256" })}.${part(payload)}.sig`;
const exp = 2_000_000_000;
const TOKENS = {
  facilitator: token({ room: "kickoff-x7k2ab", name: "facilitator", role: "edit", facilitator: true, exp }),
  participant: token({ room: "kickoff-x7k2ab", name: "participant", role: "edit", exp }),
  projector: token({ room: "kickoff-x7k2ab", name: "projector", role: "view", exp }),
};

/** journeykit-server's facilitator routes: a session for the passcode, a room for the session. */
function stubServer(options: { sessionValid?: boolean; rooms?: Record<string, unknown>[] } = {}) {
  const calls: { url: string; body: unknown; auth: string | null }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const auth = new Headers(init.headers).get("authorization");
    calls.push({ url, body, auth });
    const answer = (status: number, value: unknown) => new Response(JSON.stringify(value), { status });
    if (url === "/facilitator/session")
      return body.passcode === PASSCODE
        ? answer(200, { session: "SESSION", expiresAt: new Date(exp * 1000).toISOString() })
        : answer(401, { error: "that is not the passcode" });
    if (auth !== "Bearer SESSION" || options.sessionValid === false)
      return answer(401, { error: "the passcode has changed: type the new one" });
    if (url === "/facilitator/rooms" && init.method === "POST")
      return answer(201, {
        room: "kickoff-x7k2ab",
        title: body.map.title,
        createdAt: "2026-12-07T09:00:00Z",
        lastActivity: "2026-12-07T09:00:00Z",
        participants: 0,
        origin: "http://192.168.1.20:4455",
        tokens: TOKENS,
        links: {
          participant: "http://192.168.1.20:4455/j/7kq2mx4p9",
          projector: "http://192.168.1.20:4455/j/w3rt8hb2c",
        },
        expiresAt: new Date(exp * 1000).toISOString(),
      });
    if (url === "/facilitator/rooms") return answer(200, { rooms: options.rooms ?? [] });
    const end = /^\/facilitator\/rooms\/([^/]+)\/end$/.exec(url);
    if (end) {
      const room = options.rooms?.find((item) => item.room === end[1]);
      if (room) room.endedAt = "2026-12-07T18:00:00Z";
      return answer(200, room);
    }
    return answer(404, { error: "no such route" });
  });
  return calls;
}

async function renderDialog(onClose = () => {}) {
  const library = new MemoryMapLibrary();
  const map = createJourneyMap({ title: "Kick-off" });
  await library.save(map);
  render(
    <LibraryContext.Provider value={library}>
      <ServedLiveDialog mapId={map.id} onClose={onClose} />
    </LibraryContext.Provider>,
  );
  return map;
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = "";
});
afterEach(() => vi.unstubAllGlobals());

describe("<ServedLiveDialog> (the app served by journeykit-server)", () => {
  it("asks only for the passcode, starts the room from the map, and shows the participants' and projector's links", async () => {
    const calls = stubServer();
    const map = await renderDialog();
    expect(screen.queryByLabelText(/token|server|room/i)).toBeNull();
    const start = screen.getByRole("button", { name: "Start live session" }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Facilitator passcode"), { target: { value: PASSCODE } });
    fireEvent.click(start);
    const participants = (await screen.findByRole("textbox", {
      name: "Participants' link",
    })) as HTMLInputElement;
    const projector = screen.getByRole("textbox", { name: "Projector link" }) as HTMLInputElement;
    // The server's short links: a QR code of a few characters, no token in it.
    expect(participants.value).toBe("http://192.168.1.20:4455/j/7kq2mx4p9");
    expect(projector.value).toBe("http://192.168.1.20:4455/j/w3rt8hb2c");
    await waitFor(() => expect(screen.getByRole("img", { name: "QR code of the join link" })).toBeTruthy());
    // The room starts from the stored map; the browser keeps the session, never the passcode.
    const room = calls.find((call) => call.url === "/facilitator/rooms");
    expect(room?.body).toMatchObject({ map: { id: map.id, title: "Kick-off" }, mapId: map.id });
    expect(JSON.stringify({ ...localStorage })).not.toContain(PASSCODE);
    expect(localStorage.getItem("journeykit:facilitator-session")).toContain("SESSION");
    // Enter the room: the facilitator's own link, on this server.
    fireEvent.click(screen.getByRole("button", { name: "Enter the room" }));
    const own = `ws://${window.location.host}`;
    expect(parseLiveLink(window.location.hash, own)).toMatchObject({
      server: own,
      room: "kickoff-x7k2ab",
      facilitator: true,
    });
  });

  it("says a wrong passcode, and asks nothing the next time once it was right", async () => {
    stubServer();
    await renderDialog();
    fireEvent.change(screen.getByLabelText("Facilitator passcode"), { target: { value: "wrong-one" } });
    fireEvent.click(screen.getByRole("button", { name: "Start live session" }));
    expect((await screen.findByRole("alert")).textContent).toBe("That is not the passcode.");
    fireEvent.change(screen.getByLabelText("Facilitator passcode"), { target: { value: PASSCODE } });
    fireEvent.click(screen.getByRole("button", { name: "Start live session" }));
    await screen.findByRole("textbox", { name: "Participants' link" });
    document.body.innerHTML = "";
    await renderDialog();
    expect(screen.queryByLabelText("Facilitator passcode")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Start live session" }));
    await screen.findByRole("textbox", { name: "Participants' link" });
  });

  it("a session the server no longer takes (passcode changed) is forgotten and the passcode asked again", async () => {
    localStorage.setItem(
      "journeykit:facilitator-session",
      JSON.stringify({ session: "OLD", expiresAt: new Date(exp * 1000).toISOString() }),
    );
    stubServer();
    await renderDialog();
    fireEvent.click(screen.getByRole("button", { name: "Start live session" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The passcode has changed: type the new one.",
    );
    expect(screen.getByLabelText("Facilitator passcode")).toBeTruthy();
    expect(localStorage.getItem("journeykit:facilitator-session")).toBeNull();
  });

  it("lists earlier rooms; End, confirmed, ends one (its links stop working) and it stays listed, ended, to download", async () => {
    localStorage.setItem(
      "journeykit:facilitator-session",
      JSON.stringify({ session: "SESSION", expiresAt: new Date(exp * 1000).toISOString() }),
    );
    const rooms = [
      {
        room: "kickoff-x7k2ab",
        title: "Kick-off",
        createdAt: "2026-12-06T09:00:00Z",
        lastActivity: "2026-12-06T11:30:00Z",
        participants: 2,
      },
    ];
    const calls = stubServer({ rooms });
    await renderDialog();
    const list = await screen.findByRole("region", { name: "Your rooms" });
    expect(list.textContent).toContain("Kick-off");
    expect(list.textContent).toContain("2 connected");
    fireEvent.click(screen.getByRole("button", { name: "End Kick-off" }));
    // One press asks; nothing ends until the second.
    expect(calls.some((call) => call.url.endsWith("/end"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "End for everyone: links stop working" }));
    await waitFor(() => expect(list.textContent).toContain("ended"));
    expect(calls.some((call) => call.url === "/facilitator/rooms/kickoff-x7k2ab/end")).toBe(true);
    expect(screen.queryByRole("button", { name: "Reopen" })).toBeNull();
    expect(screen.getByRole("button", { name: "Download the map of Kick-off" })).toBeTruthy();
  });
});
