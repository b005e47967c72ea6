import type { ConnectionState, JoinedRoom } from "@journeykit/collab/hocuspocus";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { LiveLink } from "./live-link";
import { STATUS_TEXT } from "./live-status";
import { useLiveRoom } from "./use-live-room";

/** A joined room whose connection the test drives; its provider's socket never changes status. */
function fakeRoom() {
  let listener: (state: ConnectionState) => void = () => {};
  const room = {
    provider: { isSynced: true, on: vi.fn(), off: vi.fn() },
    connection: {
      state: () => "connected" as const,
      subscribe: (next: (state: ConnectionState) => void) => {
        listener = next;
        return () => {};
      },
      stop: vi.fn(),
    },
    leave: vi.fn(async () => {}),
  } as unknown as JoinedRoom;
  return { room, report: (state: ConnectionState) => act(() => listener(state)) };
}

const fake = fakeRoom();
vi.mock("@journeykit/collab/hocuspocus", () => ({ joinRoom: vi.fn(async () => fake.room) }));

const link: LiveLink = { server: "ws://127.0.0.1:1", room: "r", token: "t", facilitator: false };
const user = { name: "Ana", colour: "#e8590c" };

describe("useLiveRoom: the status pill", () => {
  it("says offline when the connection is lost though the socket still says connected, and live again when it is back", async () => {
    const { result } = renderHook(() => useLiveRoom(link, user));
    await waitFor(() => expect(result.current.kind).toBe("joined"));
    const status = () => (result.current.kind === "joined" ? STATUS_TEXT[result.current.status] : "");
    expect(status()).toBe("Live · connected");
    fake.report("disconnected");
    expect(status()).toBe("Offline · edits kept");
    fake.report("connecting");
    expect(status()).toBe("Reconnecting…");
    fake.report("connected");
    expect(status()).toBe("Live · connected");
  });
});
