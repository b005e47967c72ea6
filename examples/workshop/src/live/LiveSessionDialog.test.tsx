import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveSessionDialog } from "./LiveSessionDialog";
import { parseLiveLink } from "./live-link";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (payload: unknown) => `${part({ alg: "HS256" })}.${part(payload)}.sig`;
const HOST = token({ room: "team-7", name: "Ana", role: "edit", facilitator: true, exp: 2_000_000_000 });
const PARTICIPANT = token({ room: "team-7", name: "participant", role: "edit", exp: 2_000_000_000 });

/**
 * journeykit-server's POST /rooms/:room/invite, answering the facilitator's token only; the app's own
 * server answers its page for anything else (as Vite does without pnpm live).
 */
function stubServer() {
  const invite = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url.startsWith("/"))
      return new Response("<!doctype html>", { headers: { "content-type": "text/html" } });
    const auth = new Headers(init.headers).get("authorization");
    if (auth !== `Bearer ${HOST}`)
      return new Response(JSON.stringify({ error: "only the facilitator's token can invite people" }), {
        status: 403,
      });
    expect(url).toBe("http://10.0.0.5:1234/rooms/team-7/invite");
    return new Response(JSON.stringify({ token: PARTICIPANT, role: "edit" }));
  });
  vi.stubGlobal("fetch", invite);
  return invite;
}

function fill(tokenValue = HOST) {
  fireEvent.change(screen.getByLabelText("Server"), { target: { value: "ws://10.0.0.5:1234" } });
  fireEvent.change(screen.getByLabelText("Room"), { target: { value: "team-7" } });
  fireEvent.change(screen.getByLabelText("Facilitator token"), { target: { value: tokenValue } });
}

afterEach(() => vi.unstubAllGlobals());

describe("<LiveSessionDialog>", () => {
  it("gets a participant's token for the join link and its QR code, and starts with the facilitator's", async () => {
    const invite = stubServer();
    const onClose = vi.fn();
    render(<LiveSessionDialog mode="start" mapId="map-1" onClose={onClose} />);
    const start = screen.getByRole("button", { name: "Start live session" }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Server"), { target: { value: "ws://10.0.0.5:1234" } });
    fireEvent.change(screen.getByLabelText("Room"), { target: { value: "bad room!" } });
    expect(screen.getByText(/Letters, digits/)).toBeTruthy();
    fill();
    const join = (await screen.findByRole("textbox", { name: "Join link" })) as HTMLInputElement;
    expect(invite.mock.calls.filter(([url]) => url.endsWith("/invite"))).toHaveLength(1);
    expect(parseLiveLink(new URL(join.value).hash)).toEqual({
      server: "ws://10.0.0.5:1234",
      room: "team-7",
      token: PARTICIPANT,
      facilitator: false,
    });
    expect(screen.getByText(/only you can lock editing and run voting/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("img", { name: "QR code of the join link" })).toBeTruthy());
    fireEvent.click(start);
    expect(parseLiveLink(window.location.hash)).toEqual({
      server: "ws://10.0.0.5:1234",
      room: "team-7",
      token: HOST,
      facilitator: true,
      map: "map-1",
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("a participant's token cannot start a session; a server that refuses says why", async () => {
    const invite = stubServer();
    render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    fill(PARTICIPANT);
    expect(screen.getByText(/This is not a facilitator's token/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Start live session" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(invite.mock.calls.filter(([url]) => url.endsWith("/invite"))).toHaveLength(0);
    expect(screen.queryByRole("textbox", { name: "Join link" })).toBeNull();

    vi.stubGlobal(
      "fetch",
      async () => new Response(JSON.stringify({ error: 'the token is for room "other"' }), { status: 401 }),
    );
    fill(HOST);
    expect((await screen.findByRole("alert")).textContent).toBe(
      'The server did not give a join link: the token is for room "other".',
    );
    expect((screen.getByRole("button", { name: "Start live session" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    fireEvent.change(screen.getByLabelText("Server"), { target: { value: "ws://10.0.0.9:1234" } });
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Could not reach the server at http://10.0.0.9:1234: is journeykit-server running there?",
      ),
    );
  });

  it("under pnpm live, the facilitator's own machine gets the facilitator's token filled in; anything else is ignored", async () => {
    const answers = new Map([["/__journeykit/facilitator-token", HOST]]);
    vi.stubGlobal("fetch", async (url: string) =>
      answers.has(url)
        ? new Response(answers.get(url))
        : new Response(JSON.stringify({ token: PARTICIPANT })),
    );
    const first = render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    await waitFor(() =>
      expect((screen.getByLabelText("Facilitator token") as HTMLInputElement).value).toBe(HOST),
    );
    first.unmount();
    // A participant's token (or the app's page) from that address is not a facilitator's: left empty.
    answers.set("/__journeykit/facilitator-token", PARTICIPANT);
    render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((screen.getByLabelText("Facilitator token") as HTMLInputElement).value).toBe("");
  });

  it("Copy link copies where the clipboard exists, and over plain http (no clipboard) selects the link and says so", async () => {
    stubServer();
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const first = render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    fill();
    fireEvent.click(await screen.findByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Copied" })).toBeTruthy());
    const join = screen.getByRole("textbox", { name: "Join link" }) as HTMLInputElement;
    expect(writeText).toHaveBeenCalledWith(join.value);
    first.unmount();

    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    fill();
    fireEvent.click(await screen.findByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/press Ctrl\+C/));
    const link = screen.getByRole("textbox", { name: "Join link" }) as HTMLInputElement;
    expect(document.activeElement).toBe(link);
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
    expect(screen.queryByRole("button", { name: "Copied" })).toBeNull();
  });
});
