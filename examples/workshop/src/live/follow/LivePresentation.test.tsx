import type { CollaborationPresence, Peer, PresenceState } from "@journeykit/collab";
import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OVERVIEW_SLIDE } from "../../presenter/presenter-slides";
import { LivePresentation } from "./LivePresentation";

const map = getTemplate("restaurant-complaint-recovery")!.create();
const [first, second, third] = map.stages;
const SELF = 11;

/** This participant's presence in a room whose other people the test plays. */
function room(initialPeers: Peer[] = []) {
  let local: PresenceState = { name: "Me", colour: "#1971c2" };
  let peers = initialPeers;
  const listeners = new Set<(peers: Peer[]) => void>();
  const presence: CollaborationPresence = {
    setLocal: (state) => {
      local = { ...local, ...state };
    },
    getPeers: () => peers,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    presence,
    local: () => local,
    peers(next: Peer[]) {
      peers = next;
      act(() => {
        for (const listener of listeners) listener(next);
      });
    },
  };
}

const ana = (stageId: string | null, followMe = true): Peer => ({
  clientId: 7,
  name: "Ana",
  colour: "#d9480f",
  presenting: stageId,
  followMe,
  facilitator: true,
});
const slideTitle = () => screen.getByRole("dialog").querySelector(".ws-slide-title")?.textContent;

describe("<LivePresentation> for a participant", () => {
  it("follows the presenter's stage step by step, stops with Esc, follows again, and is back in the editor when follow me ends", () => {
    const r = room([{ clientId: 3, name: "Ben", colour: "#2b8a3e" }]);
    render(
      <LivePresentation
        presence={r.presence}
        selfId={SELF}
        map={map}
        presenting={false}
        onPresentEnd={vi.fn()}
      />,
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    // Presenting without follow me pulls nobody in.
    r.peers([ana(second!.id, false)]);
    expect(screen.queryByRole("dialog")).toBeNull();

    r.peers([ana(second!.id)]);
    expect(slideTitle()).toBe(second!.name);
    expect(screen.getByRole("status", { name: "" }).textContent).toMatch(/^Following Ana·Stop followingEsc$/);
    // No stepping of one's own: the presenter steps for the room.
    expect(screen.queryByRole("button", { name: /Next/ })).toBeNull();
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "ArrowRight" });
    expect(slideTitle()).toBe(second!.name);
    expect(r.local().following).toBe(7);

    r.peers([ana(third!.id)]);
    expect(slideTitle()).toBe(third!.name);

    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    const again = screen.getByRole("button", { name: "Follow Ana" });
    expect(document.activeElement).toBe(again);
    expect(r.local().following).toBeNull();
    // Ana steps on meanwhile: Follow Ana lands on where she is now.
    r.peers([ana(first!.id)]);
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(again);
    expect(slideTitle()).toBe(first!.name);

    fireEvent.click(screen.getByRole("button", { name: "Stop following" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Follow Ana" }));
    r.peers([ana(first!.id, false)]);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("button", { name: "Follow Ana" })).toBeNull();
    expect(r.local().following).toBeNull();
  });

  it("someone who joins while follow me is on follows at once; a new presentation pulls back who stopped", () => {
    const r = room([ana(third!.id)]);
    render(
      <LivePresentation
        presence={r.presence}
        selfId={SELF}
        map={map}
        presenting={false}
        onPresentEnd={vi.fn()}
      />,
    );
    expect(slideTitle()).toBe(third!.name);
    fireEvent.click(screen.getByRole("button", { name: "Stop following" }));
    r.peers([ana(null, false)]);
    r.peers([ana(first!.id)]);
    expect(slideTitle()).toBe(first!.name);
  });

  it("Ana leaving the room ends it", () => {
    const r = room([ana(second!.id)]);
    render(
      <LivePresentation
        presence={r.presence}
        selfId={SELF}
        map={map}
        presenting={false}
        onPresentEnd={vi.fn()}
      />,
    );
    expect(screen.getByRole("dialog")).toBeTruthy();
    r.peers([]);
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("<LivePresentation> for the presenter", () => {
  it("shares the stage shown and Follow me, shows who follows, and clears it all when the presenter closes", () => {
    const r = room();
    const onPresentEnd = vi.fn();
    const view = render(
      <LivePresentation
        presence={r.presence}
        selfId={SELF}
        map={map}
        presenting
        onPresentEnd={onPresentEnd}
      />,
    );
    // It opens on the overview: shared, with no stage looked at.
    expect(r.local()).toMatchObject({ presenting: OVERVIEW_SLIDE, focusedStage: null, followMe: false });
    const toggle = screen.getByRole("button", { name: "Follow me" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(r.local().followMe).toBe(true);
    expect(screen.getByText("Nobody following yet")).toBeTruthy();
    r.peers([{ clientId: 3, name: "Ben", colour: "#2b8a3e", following: SELF }]);
    expect(screen.getByText("1 following: Ben")).toBeTruthy();
    r.peers([
      { clientId: 3, name: "Ben", colour: "#2b8a3e", following: SELF },
      { clientId: 1, name: "Zoe", colour: "#2b8a3e", following: SELF },
      { clientId: 2, name: "Abe", colour: "#2b8a3e", following: SELF },
      { clientId: 4, name: "Cleo", colour: "#2b8a3e", following: 99 },
    ]);
    expect(screen.getByText("3 following: Abe, Ben, Zoe")).toBeTruthy();

    fireEvent.keyDown(screen.getByRole("dialog"), { key: "ArrowRight" });
    expect(r.local()).toMatchObject({ presenting: first!.id, focusedStage: first!.id });
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "ArrowRight" });
    expect(r.local().presenting).toBe(second!.id);
    expect(slideTitle()).toBe(second!.name);
    // Space on the switch presses it (it does not step the slides).
    fireEvent.keyDown(toggle, { key: " " });
    expect(r.local().presenting).toBe(second!.id);

    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });
    expect(onPresentEnd).toHaveBeenCalledOnce();
    view.rerender(
      <LivePresentation
        presence={r.presence}
        selfId={SELF}
        map={map}
        presenting={false}
        onPresentEnd={onPresentEnd}
      />,
    );
    expect(r.local()).toMatchObject({ presenting: null, focusedStage: null, followMe: false });
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
