import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const voteButtons = () => screen.queryAllByRole("button", { name: /^\+1 vote for/ });

function template(): JourneyMap {
  return getTemplate("restaurant-complaint-recovery")!.create();
}

/** The cards of the lanes that take dots (pain points and opportunities). */
function votableCards(map: JourneyMap) {
  const lanes = new Set(
    map.lanes.filter((l) => l.kind === "painPoints" || l.kind === "opportunities").map((l) => l.id),
  );
  return map.cards.filter((card) => lanes.has(card.laneId));
}

describe("JourneyMapEditor onVote: the host counts the votes", () => {
  it("on a read-only map the vote buttons show; click, Alt-click and '-' call onVote, the map is untouched", async () => {
    const map = template();
    const onVote = vi.fn();
    const onChange = vi.fn();
    render(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={map} readOnly voting onVote={onVote} onChange={onChange} />
      </div>,
    );
    await flush();
    const votable = votableCards(map);
    expect(voteButtons()).toHaveLength(votable.length);
    const first = votable[0]!;
    const button = screen.getByRole("button", {
      name: `+1 vote for "${first.text}" (${first.votes ?? 0} votes)`,
    });
    fireEvent.click(button);
    fireEvent.click(button, { altKey: true });
    fireEvent.keyDown(button, { key: "-" });
    expect(onVote.mock.calls).toEqual([
      [first.id, 1],
      [first.id, -1],
      [first.id, -1],
    ]);
    await flush();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("an editable map with onVote has no toolbar Vote toggle: the host's voting prop decides", async () => {
    const { rerender } = render(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={template()} voting onVote={() => {}} />
      </div>,
    );
    await flush();
    expect(screen.queryByRole("button", { name: "● Vote" })).toBeNull();
    rerender(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={template()} voting />
      </div>,
    );
    await flush();
    expect(screen.getByRole("button", { name: "● Vote" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("shows no vote buttons while voting is off, even with onVote", async () => {
    render(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={template()} readOnly voting={false} onVote={() => {}} />
      </div>,
    );
    await flush();
    expect(voteButtons()).toHaveLength(0);
  });

  it("without onVote, a read-only map has no vote buttons and an editable one counts the vote itself", async () => {
    const map = template();
    const { rerender } = render(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={map} readOnly voting />
      </div>,
    );
    await flush();
    expect(voteButtons()).toHaveLength(0);
    const onChange = vi.fn();
    rerender(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={map} voting onChange={onChange} />
      </div>,
    );
    await flush();
    const first = votableCards(map)[0]!;
    fireEvent.click(screen.getByRole("button", { name: new RegExp(`^\\+1 vote for "${first.text}"`) }));
    const changed: JourneyMap = onChange.mock.calls.at(-1)![0];
    expect(changed.cards.find((card) => card.id === first.id)?.votes).toBe((first.votes ?? 0) + 1);
  });

  it("the Inspector shows a card's votes without a field to type them in when the host counts them", async () => {
    const map = template();
    const first = votableCards(map)[0]!;
    const { rerender } = render(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={map} voting onVote={() => {}} />
      </div>,
    );
    await flush();
    act(() => document.querySelector<HTMLElement>(`[data-card-id="${first.id}"]`)!.focus());
    await flush();
    const votes = () => screen.getByLabelText("Votes");
    expect(votes().tagName).toBe("OUTPUT");
    expect(votes().textContent).toBe(String(first.votes ?? "—"));
    expect(screen.getByText("Counted by dot voting: give or take dots on the card")).toBeTruthy();
    rerender(
      <div style={{ width: 1400, height: 900 }}>
        <JourneyMapEditor value={map} voting />
      </div>,
    );
    await flush();
    expect(votes().tagName).toBe("INPUT");
  });
});
