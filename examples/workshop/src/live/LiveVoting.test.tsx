import type { Ballot } from "@journeykit/collab";
import { createCard, createJourneyMap, createLane, type JourneyMap } from "@journeykit/core";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LiveVotingControls } from "./LiveVotingControls";
import { LiveVotingNotice } from "./LiveVotingNotice";
import { LiveVotingResults } from "./LiveVotingResults";
import type { LiveVoting } from "./use-live-voting";

function map(votes: Record<string, number> = {}): JourneyMap {
  const base = createJourneyMap({ title: "Voting" });
  const stageId = base.stages[0]!.id;
  const lane = createLane({ id: "pains", kind: "painPoints" });
  return {
    ...base,
    lanes: [lane],
    cards: ["Cold dish", "Slow bill", "Loud room"].map((text) =>
      createCard({
        id: text,
        laneId: "pains",
        stageId,
        text,
        ...(votes[text] ? { votes: votes[text] } : {}),
      }),
    ),
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

describe("live dot voting", () => {
  it("the facilitator starts voting with a number of dots (3 unless changed), told that earlier votes go", async () => {
    const live = voting();
    render(<LiveVotingControls voting={live} facilitator map={map({ "Cold dish": 4 })} />);
    fireEvent.click(screen.getByRole("button", { name: "Start dot voting" }));
    const dots = screen.getByLabelText("Dots per participant") as HTMLInputElement;
    expect(dots.value).toBe("3");
    expect(screen.getByText("The map's 4 earlier votes are cleared when voting starts.")).toBeTruthy();
    fireEvent.change(dots, { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(live.start).toHaveBeenCalledWith(2);
    await waitFor(() => expect(screen.queryByLabelText("Dots per participant")).toBeNull());
  });

  it("a participant sees nothing while voting is closed, and their dots left while it is open", () => {
    const { container, rerender } = render(
      <LiveVotingControls voting={voting()} facilitator={false} map={map()} />,
    );
    expect(container.textContent).toBe("");
    rerender(
      <LiveVotingControls
        voting={voting({ open: true, dots: 2 }, { left: 1 })}
        facilitator={false}
        map={map()}
      />,
    );
    expect(container.textContent).toContain("1 of 2 dots left");
  });

  it("lists this participant's dots, each with a take-back button (the way on a phone, with no Alt-click)", () => {
    const ballots = new Map<string, Ballot>([
      ["me", { name: "Cy", cards: { "Slow bill": 2, gone: 1 } }],
      ["b", { name: "Bea", cards: { "Cold dish": 1 } }],
    ]);
    const live = voting({ open: true, ballots }, { used: 2, left: 1 });
    render(
      <LiveVotingNotice voting={live} facilitator={false} map={map({ "Slow bill": 2, "Cold dish": 1 })} />,
    );
    const mine = screen.getByRole("list", { name: "Your dots" });
    // Only this participant's cards, and only cards still on the map.
    expect([...mine.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Slow bill● 2−"]);
    fireEvent.click(screen.getByRole("button", { name: 'Take back a dot from "Slow bill"' }));
    expect(live.vote).toHaveBeenCalledWith("Slow bill", -1);
  });

  it("says what the server refused, instead of the hint; the facilitator can end voting from there", () => {
    const live = voting({ open: true }, { refusal: "You have used all 3 of your dots." });
    render(<LiveVotingNotice voting={live} facilitator />);
    expect(screen.getByRole("alert").textContent).toContain("You have used all 3 of your dots.");
    expect(screen.queryByText(/Dot voting is open/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "End voting" }));
    expect(live.end).toHaveBeenCalled();
  });

  it("the results rank cards by the server's totals and list dots used per person; reset asks first", () => {
    const ballots = new Map<string, Ballot>([
      ["a", { name: "Ana", cards: { "Cold dish": 1 } }],
      ["b", { name: "Bea", cards: { "Cold dish": 1, "Slow bill": 2, gone: 1 } }],
    ]);
    const live = voting({ open: true, ballots });
    render(<LiveVotingResults voting={live} map={map({ "Cold dish": 2, "Slow bill": 2 })} />);
    const ranked = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(ranked.slice(0, 2)).toEqual([
      expect.stringMatching(/^● 2 Cold dish/),
      expect.stringMatching(/^● 2 Slow bill/),
    ]);
    const people = screen.getByRole("list", { name: "Dots used per participant" });
    // Bea's dot on a deleted card is hers again: 3 used, not 4.
    expect([...people.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Bea3 of 3",
      "Ana1 of 3",
    ]);
    expect(screen.getByTestId("live-vote-tally").textContent).toBe("4 dots given by 2 people");
    fireEvent.click(screen.getByRole("button", { name: "Reset votes…" }));
    expect(live.reset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Reset votes" }));
    expect(live.reset).toHaveBeenCalled();
  });
});
