import type { CollaborationAdapter, CollaborationPresence, Peer, PresenceState } from "@journeykit/collab";
import {
  addCard,
  createCard,
  createJourneyMap,
  createLane,
  createStage,
  createTouchpoint,
  type JourneyMap,
} from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { LiveVoting } from "../use-live-voting";
import { type PhoneAccess, PhoneView } from "./PhoneView";
import { type SharedMapSource, useSharedMap } from "./use-shared-map";

function journey(): JourneyMap {
  const card = (id: string, laneId: string, stageId: string) => createCard({ id, laneId, stageId, text: id });
  return {
    ...createJourneyMap({ title: "Dinner out" }),
    stages: ["Order", "Wait", "Pay"].map((name) => createStage({ id: name.toLowerCase(), name })),
    lanes: [
      createLane({ id: "actions", kind: "actions", title: "Actions" }),
      createLane({ id: "touch", kind: "touchpoints", title: "Touchpoints" }),
      createLane({ id: "curve", kind: "emotions", title: "Emotions" }),
      createLane({ id: "pains", kind: "painPoints", title: "Pain points" }),
    ],
    touchpoints: [createTouchpoint({ id: "app", stageId: "order", name: "Order app" })],
    cards: [
      card("Reads the menu", "actions", "order"),
      card("Menu is sticky", "pains", "order"),
      card("Waits 20 minutes", "pains", "wait"),
      card("Card reader broken", "pains", "pay"),
    ],
  };
}

/**
 * The room as the phone sees it through its collaboration adapter: what the phone hands to
 * `applyLocal` is recorded (the collab package turns it into the Yjs transaction everyone receives),
 * and others' edits arrive through `subscribe`. Presence is played by the test.
 */
function room(map = journey()) {
  let current = map;
  const listeners = new Set<Parameters<CollaborationAdapter["subscribe"]>[0]>();
  const sent: { previous: JourneyMap; next: JourneyMap }[] = [];
  let local: Partial<PresenceState> = {};
  let peers: Peer[] = [];
  const watchers = new Set<(peers: Peer[]) => void>();
  const presence: CollaborationPresence = {
    setLocal: (state) => {
      local = { ...local, ...state };
    },
    getPeers: () => peers,
    subscribe: (listener) => {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
  };
  const adapter: SharedMapSource = {
    getMap: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyLocal: (previous, next) => {
      sent.push({ previous, next });
      current = next;
    },
  };
  return {
    adapter,
    presence,
    sent,
    local: () => local,
    map: () => current,
    /** Someone else's edit arrives. */
    remote(next: JourneyMap) {
      current = next;
      act(() => {
        for (const listener of listeners) listener(next, { origin: "remote", patches: [] });
      });
    },
    peers(next: Peer[]) {
      peers = next;
      act(() => {
        for (const watcher of watchers) watcher(next);
      });
    },
  };
}

function voting(state: Partial<LiveVoting["state"]> = {}, rest: Partial<LiveVoting> = {}): LiveVoting {
  const ok = { request: "r", ok: true } as const;
  return {
    state: { open: false, dots: 3, ballots: new Map(), ...state },
    me: "me",
    used: 0,
    left: 3,
    refusal: null,
    dismiss: vi.fn(),
    vote: vi.fn(),
    start: vi.fn(async () => ok),
    end: vi.fn(async () => ok),
    reset: vi.fn(async () => ok),
    ...rest,
  };
}

type Room = ReturnType<typeof room>;

function Phone({
  r,
  live,
  access,
  onFullMap,
}: {
  r: Room;
  live: LiveVoting;
  access: PhoneAccess;
  onFullMap: () => void;
}) {
  const { map, edit } = useSharedMap(r.adapter);
  return (
    <PhoneView
      map={map}
      edit={edit}
      presence={r.presence}
      voting={live}
      access={access}
      status={<span>Live · connected</span>}
      onFullMap={onFullMap}
    />
  );
}

function show(r = room(), { live = voting(), access = "edit" as PhoneAccess } = {}) {
  const onFullMap = vi.fn();
  const view = render(<Phone r={r} live={live} access={access} onFullMap={onFullMap} />);
  return { r, live, onFullMap, view };
}

const panel = () => screen.getByRole("tabpanel");
const lane = (title: string) => within(panel()).getByRole("region", { name: title });
const cardsOf = (title: string) =>
  within(lane(title))
    .queryAllByRole("listitem")
    .filter((item) => item.hasAttribute("data-card-id"))
    .map((item) => item.querySelector("p")?.textContent);
const shownStage = () => within(panel()).getByRole("heading", { level: 2 }).firstChild?.textContent;
const tab = (name: string) => screen.getByRole("tab", { name: new RegExp(`^${name}`) });

const ana = (presenting: string | null, followMe = true): Peer => ({
  clientId: 7,
  name: "Ana",
  colour: "#d9480f",
  presenting,
  followMe,
  facilitator: true,
});

describe("<PhoneView>", () => {
  it("shows one stage: its lanes as sections headed by their titles, with that stage's cards (no emotion curve)", () => {
    show();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Dinner out");
    expect(shownStage()).toBe("Order");
    expect(within(panel()).getByText("Stage 1 of 3")).toBeTruthy();
    const headings = within(panel())
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["Actions", "Touchpoints", "Pain points"]);
    expect(cardsOf("Pain points")).toEqual(["Menu is sticky"]);
    expect(cardsOf("Actions")).toEqual(["Reads the menu"]);
    expect(within(lane("Touchpoints")).getByRole("list", { name: "Touchpoints of Order" }).textContent).toBe(
      "Order app",
    );
  });

  it("switches stage by tab, arrow keys, the next / previous buttons and a sideways swipe", () => {
    show();
    fireEvent.click(tab("Pay"));
    expect(shownStage()).toBe("Pay");
    expect(tab("Pay").getAttribute("aria-selected")).toBe("true");
    expect(cardsOf("Pain points")).toEqual(["Card reader broken"]);
    fireEvent.keyDown(tab("Pay"), { key: "ArrowLeft" });
    expect(shownStage()).toBe("Wait");
    expect(document.activeElement).toBe(tab("Wait"));
    fireEvent.keyDown(tab("Wait"), { key: "Home" });
    expect(shownStage()).toBe("Order");
    fireEvent.click(screen.getByRole("button", { name: "Next: Wait →" }));
    expect(shownStage()).toBe("Wait");
    // A finger moving left brings in the next stage; mostly downwards is a scroll, not a swipe.
    fireEvent.touchStart(panel(), { touches: [{ clientX: 300, clientY: 200 }] });
    fireEvent.touchEnd(panel(), { changedTouches: [{ clientX: 150, clientY: 230 }] });
    expect(shownStage()).toBe("Pay");
    fireEvent.touchStart(panel(), { touches: [{ clientX: 150, clientY: 200 }] });
    fireEvent.touchEnd(panel(), { changedTouches: [{ clientX: 250, clientY: 400 }] });
    expect(shownStage()).toBe("Pay");
    fireEvent.touchStart(panel(), { touches: [{ clientX: 100, clientY: 200 }] });
    fireEvent.touchEnd(panel(), { changedTouches: [{ clientX: 260, clientY: 210 }] });
    expect(shownStage()).toBe("Wait");
  });

  it("adds a card to the chosen stage and lane as one edit through the room's adapter, and the field stays for the next", () => {
    const { r } = show();
    fireEvent.click(tab("Wait"));
    fireEvent.click(screen.getByRole("button", { name: "Add card to Pain points" }));
    const field = screen.getByRole("textbox", { name: "New card in Pain points" });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: "  No water on the table " } });
    fireEvent.keyDown(field, { key: "Enter" });
    expect(r.sent).toHaveLength(1);
    const added = r.map().cards.at(-1)!;
    expect(added).toMatchObject({ laneId: "pains", stageId: "wait", text: "No water on the table" });
    // Exactly what core's addCard makes of the map the phone showed: nothing else changed.
    expect(r.sent[0]!.next).toEqual(addCard(r.sent[0]!.previous, { record: added }));
    expect(cardsOf("Pain points")).toEqual(["Waits 20 minutes", "No water on the table"]);
    expect((field as HTMLTextAreaElement).value).toBe("");
    expect(screen.getByText("Added to Pain points.")).toBeTruthy();
    // Shift+Enter is a new line; an empty field adds nothing.
    fireEvent.keyDown(field, { key: "Enter" });
    fireEvent.change(field, { target: { value: "Cold\nplates" } });
    fireEvent.keyDown(field, { key: "Enter", shiftKey: true });
    expect(r.sent).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(r.map().cards.at(-1)?.text).toBe("Cold\nplates");
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Add card to Pain points" }));
  });

  it("adds a touchpoint in the Touchpoints lane, as the editor's N does there", () => {
    const { r } = show();
    fireEvent.click(screen.getByRole("button", { name: "Add touchpoint to Order" }));
    const field = screen.getByRole("textbox", { name: "New touchpoint in Order" });
    fireEvent.change(field, { target: { value: "Waiter" } });
    fireEvent.keyDown(field, { key: "Enter" });
    expect(r.map().touchpoints.map((t) => [t.stageId, t.name])).toEqual([
      ["order", "Order app"],
      ["order", "Waiter"],
    ]);
    expect(r.map().cards).toHaveLength(4);
  });

  it("keeps what is being typed in a lane when the stage changes, and shows someone else's new card at once", () => {
    const { r } = show();
    fireEvent.click(screen.getByRole("button", { name: "Add card to Actions" }));
    fireEvent.change(screen.getByRole("textbox", { name: "New card in Actions" }), {
      target: { value: "Asks for" },
    });
    fireEvent.click(tab("Pay"));
    expect(screen.queryByRole("textbox")).toBeNull();
    const map = r.map();
    r.remote({
      ...map,
      cards: [...map.cards, createCard({ laneId: "pains", stageId: "pay", text: "No tip option" })],
    });
    expect(cardsOf("Pain points")).toEqual(["Card reader broken", "No tip option"]);
    fireEvent.click(tab("Order"));
    expect((screen.getByRole("textbox", { name: "New card in Actions" }) as HTMLTextAreaElement).value).toBe(
      "Asks for",
    );
  });

  it("votes through the live voting (the server's path) on pain points only, with the dots left and what was refused", () => {
    const ballots = new Map([["me", { name: "Cy", cards: { "Menu is sticky": 1 } }]]);
    const live = voting({ open: true, dots: 3, ballots }, { used: 1, left: 2, refusal: null });
    show(room(), { live });
    expect(screen.getByText(/2 of 3 dots left/)).toBeTruthy();
    expect(within(lane("Actions")).queryByRole("button", { name: /dot/ })).toBeNull();
    const sticky = within(lane("Pain points"));
    expect(sticky.getByText("1 dot from you")).toBeTruthy();
    fireEvent.click(sticky.getByRole("button", { name: "Give a dot to “Menu is sticky”" }));
    expect(live.vote).toHaveBeenCalledWith("Menu is sticky", 1);
    fireEvent.click(sticky.getByRole("button", { name: "Take back a dot from “Menu is sticky”" }));
    expect(live.vote).toHaveBeenCalledWith("Menu is sticky", -1);
    fireEvent.click(tab("Wait"));
    // No dot of this participant's there: nothing to take back.
    expect(within(lane("Pain points")).queryByRole("button", { name: /Take back/ })).toBeNull();
  });

  it("says what the server refused until OK, also once voting has closed", () => {
    const refusal = "You have used all 3 of your dots. To place one elsewhere, take it back first.";
    const live = voting({ open: false }, { refusal });
    show(room(), { live });
    expect(screen.getByRole("alert").textContent).toContain(refusal);
    expect(screen.queryByRole("button", { name: /Give a dot/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "OK" }));
    expect(live.dismiss).toHaveBeenCalled();
  });

  it("follows the presenter's stage, stops when another stage is picked, and follows again", () => {
    const { r } = show();
    r.peers([ana("pay")]);
    expect(shownStage()).toBe("Pay");
    expect(screen.getByRole("status").textContent).toContain("Following Ana");
    expect(r.local().following).toBe(7);
    expect(tab("Pay").textContent).toContain("Ana is presenting this stage");
    r.peers([ana("wait")]);
    expect(shownStage()).toBe("Wait");
    // The overview is no stage: the phone stays where it is.
    r.peers([ana("journeykit:overview")]);
    expect(shownStage()).toBe("Wait");
    r.peers([ana("pay")]);
    fireEvent.click(tab("Order"));
    expect(shownStage()).toBe("Order");
    expect(r.local().following).toBeNull();
    expect(screen.getByRole("status").textContent).toContain("Ana is presenting");
    r.peers([ana("wait")]);
    expect(shownStage()).toBe("Order");
    fireEvent.click(screen.getByRole("button", { name: "Follow the presenter" }));
    expect(shownStage()).toBe("Wait");
    expect(r.local().following).toBe(7);
    // Follow me off: nothing to follow, the phone stays on the stage.
    r.peers([ana("wait", false)]);
    expect(screen.queryByRole("button", { name: /Follow/ })).toBeNull();
    expect(shownStage()).toBe("Wait");
  });

  it("waits with the jump while a card is being typed on the stage shown, and goes once it is added", () => {
    const { r } = show();
    r.peers([ana("order")]);
    fireEvent.click(screen.getByRole("button", { name: "Add card to Pain points" }));
    const field = screen.getByRole("textbox", { name: "New card in Pain points" });
    fireEvent.change(field, { target: { value: "Menu has no prices" } });
    r.peers([ana("pay")]);
    expect(shownStage()).toBe("Order");
    expect(screen.getByRole("status").textContent).toContain("you move to “Pay” once your card is added");
    fireEvent.keyDown(field, { key: "Enter" });
    expect(r.map().cards.at(-1)).toMatchObject({ stageId: "order", text: "Menu has no prices" });
    expect(shownStage()).toBe("Pay");
  });

  it("while editing is locked: no + Add and a notice, dots still given; a view-only link neither adds nor votes", () => {
    const live = voting({ open: true });
    const locked = show(room(), { live, access: "locked" });
    expect(screen.getByText(/locked editing/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Add (card|touchpoint) to/ })).toBeNull();
    expect(within(lane("Pain points")).getByRole("button", { name: /Give a dot/ })).toBeTruthy();
    locked.view.unmount();
    show(room(), { live, access: "view" });
    expect(screen.getByText(/for watching/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Add (card|touchpoint) to/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /dot/i })).toBeNull();
    expect(screen.queryByText(/dots left/)).toBeNull();
  });

  it("goes to the first stage when the one shown is removed by someone else", () => {
    const { r } = show();
    fireEvent.click(tab("Pay"));
    const map = r.map();
    r.remote({ ...map, stages: map.stages.filter((stage) => stage.id !== "pay") });
    expect(shownStage()).toBe("Order");
    expect(screen.queryByRole("tab", { name: /^Pay/ })).toBeNull();
  });

  it("says so while the facilitator's map has not arrived, and when the map has no stages", () => {
    const waiting = room();
    waiting.adapter.getMap = () => undefined;
    const { view } = show(waiting);
    expect(screen.getByText("Waiting for the facilitator to share the map…")).toBeTruthy();
    view.unmount();
    show(room({ ...journey(), stages: [] }));
    expect(screen.getByText("The map has no stages yet.")).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("switches to the full map", () => {
    const { onFullMap } = show();
    fireEvent.click(screen.getByRole("button", { name: "Full map" }));
    expect(onFullMap).toHaveBeenCalled();
  });
});
