import { createJourneyMap, createPersona, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

function Host({ initial, seen }: { initial: JourneyMap; seen: JourneyMap[] }) {
  const [map, setMap] = useState(initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        onChange={(next) => {
          seen.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe("emotion points", () => {
  it("are added and moved for one persona at a time, its targets named after it; ◎ switches persona", async () => {
    const map = createJourneyMap();
    map.personas = [
      createPersona({ name: "Claire", color: "#2f80ed" }),
      createPersona({ name: "Omar", color: "#eb5757" }),
    ];
    const seen: JourneyMap[] = [];
    render(<Host initial={map} seen={seen} />);
    await flush();
    const adds = () => screen.queryAllByRole("button", { name: /^Add .*'s point in stage / });
    expect(adds().map((b) => b.getAttribute("aria-label"))).toEqual(
      map.stages.map((s) => `Add Claire's point in stage ${s.name}`),
    );
    expect(adds()[0]!.querySelector("circle")!.getAttribute("stroke")).toBe("#2f80ed");
    fireEvent.keyDown(adds()[1]!, { key: "Enter" });
    await flush();
    expect(seen.at(-1)!.emotions).toEqual([
      expect.objectContaining({ personaId: map.personas[0]!.id, stageId: map.stages[1]!.id, score: 0 }),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Focus Omar's curve" }));
    await flush();
    expect(adds()).toHaveLength(map.stages.length);
    expect(adds()[0]!.getAttribute("aria-label")).toBe(`Add Omar's point in stage ${map.stages[0]!.name}`);
    // Claire's point is drawn, but only Omar's can be moved now.
    expect(screen.queryByRole("slider", { name: /^Claire's emotion/ })).toBeNull();
    fireEvent.keyDown(adds()[1]!, { key: " " });
    await flush();
    fireEvent.keyDown(screen.getByRole("slider", { name: `Omar's emotion at ${map.stages[1]!.name}` }), {
      key: "ArrowUp",
    });
    await flush();
    expect(seen.at(-1)!.emotions.map((e) => [e.personaId, e.score])).toEqual([
      [map.personas[0]!.id, 0],
      [map.personas[1]!.id, 1],
    ]);
  });
});

describe("the measured curve", () => {
  it("is drawn dashed in the persona's colour beside the assumed curve, with a legend and labelled points", async () => {
    const map = createJourneyMap();
    const claire = createPersona({ name: "Claire", color: "#2f80ed" });
    map.personas = [claire];
    const [first, , third] = map.stages;
    map.emotions = [
      { id: "a1", personaId: claire.id, stageId: first!.id, score: 1 },
      { id: "a3", personaId: claire.id, stageId: third!.id, score: 2 },
      {
        id: "m3",
        personaId: claire.id,
        stageId: third!.id,
        score: -2,
        evidence: "measured",
        note: "Measured from 140 responses (survey.csv)",
      },
    ];
    const { container } = render(<Host initial={map} seen={[]} />);
    await flush();
    const group = screen.getByRole("group", { name: "Claire's measured curve" });
    const path = group.querySelector("path")!;
    expect(path.getAttribute("stroke")).toBe("#2f80ed");
    expect(path.getAttribute("stroke-dasharray")).toBe("7 5");
    expect(
      screen.getByRole("img", {
        name: `Claire, measured from 140 responses (survey.csv): ${third!.name} −2`,
      }),
    ).toBeTruthy();
    expect(container.querySelector(".jk-emotion-legend")!.textContent).toContain("measured");
    // The room's point at that stage is still the room's, +2, and still the one that moves.
    expect(
      screen
        .getByRole("slider", { name: `Claire's emotion at ${third!.name}` })
        .getAttribute("aria-valuenow"),
    ).toBe("2");
    // The assumed curve is solid.
    const assumed = container.querySelector(`.jk-curve:not(.jk-curve--measured) path`)!;
    expect(assumed.getAttribute("stroke-dasharray")).toBeNull();
  });

  it("is absent, legend included, when the map has no measured points", async () => {
    const map = createJourneyMap();
    map.personas = [createPersona({ name: "Claire", color: "#2f80ed" })];
    map.emotions = [{ id: "a1", personaId: map.personas[0]!.id, stageId: map.stages[0]!.id, score: 1 }];
    const { container } = render(<Host initial={map} seen={[]} />);
    await flush();
    expect(screen.queryByRole("group", { name: /measured curve/ })).toBeNull();
    expect(container.querySelector("path[stroke-dasharray]")).toBeNull();
    expect(container.querySelector(".jk-emotion-legend")).toBeNull();
  });
});
