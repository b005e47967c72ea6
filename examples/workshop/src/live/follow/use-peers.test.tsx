import type { CollaborationPresence, Peer } from "@journeykit/collab";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { usePeers } from "./use-peers";

describe("usePeers", () => {
  it("follows joins and presentations, not pointer moves", () => {
    let listener: (peers: Peer[]) => void = () => {};
    const bea: Peer = { clientId: 2, name: "Bea", colour: "#1971c2", pointer: { x: 1, y: 1 } };
    const presence: CollaborationPresence = {
      setLocal: () => {},
      getPeers: () => [bea],
      subscribe: (l) => {
        listener = l;
        return () => {};
      },
    };
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return usePeers(presence);
    });
    const before = renders;
    act(() => listener([{ ...bea, pointer: { x: 200, y: 90 } }]));
    expect(renders).toBe(before);
    act(() => listener([{ ...bea, presenting: "s-1", followMe: true }]));
    expect(result.current[0]).toMatchObject({ presenting: "s-1", followMe: true });
    act(() => listener([bea, { clientId: 5, name: "Cai", colour: "#2b8a3e" }]));
    expect(result.current.map((p) => p.name)).toEqual(["Bea", "Cai"]);
  });
});
