import { createJourneyMap, createStage, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

/** A service blueprint without a Touchpoints lane: its touchpoints are chips in the stage headers. */
const base = createJourneyMap({ id: "m", title: "Hotel check-in" });
const FIXTURE: JourneyMap = {
  ...base,
  lanes: base.lanes.filter((l) => l.kind !== "touchpoints"),
  stages: ["Arrive", "Check in", "Room"].map((name, i) => createStage({ id: `s${i + 1}`, name })),
  touchpoints: [
    createTouchpoint({ id: "email", stageId: "s1", name: "Pre-arrival email", channel: "email" }),
    createTouchpoint({ id: "desk", stageId: "s2", name: "Front desk", channel: "in-store" }),
    createTouchpoint({ id: "kiosk", stageId: "s2", name: "Kiosk", channel: "in-store" }),
  ],
};
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function Host({ seen }: { seen: JourneyMap[] }) {
  const [map, setMap] = useState(() => structuredClone(FIXTURE));
  return (
    <div style={{ width: 1440, height: 900 }}>
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

/** A drag's data as the browser keeps it between dragstart and drop (jsdom has no DataTransfer). */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? "",
    dropEffect: "none",
    effectAllowed: "all",
  };
}

const chip = (id: string) =>
  document.querySelector<HTMLElement>(`[data-grid="touchpoint"][data-grid-id="${id}"]`)!;
const header = (id: string) => document.querySelector<HTMLElement>(`.jk-stage[data-stage-id="${id}"]`)!;
const order = (map: JourneyMap) =>
  map.stages.map((s) =>
    map.touchpoints
      .filter((t) => t.stageId === s.id)
      .map((t) => t.id)
      .join(" "),
  );

describe("touchpoint chips in the stage headers", () => {
  it("drag to another stage's header (last), or onto a chip to go before it; one undo step each", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    const drag = async (id: string, target: () => HTMLElement) => {
      const data = dataTransfer();
      fireEvent.dragStart(chip(id), { dataTransfer: data });
      const over = fireEvent.dragOver(target(), { dataTransfer: data });
      fireEvent.drop(target(), { dataTransfer: data });
      // A person's next drag comes frames later.
      await flush();
      return over;
    };
    // dragover is cancelled: the header takes the drop.
    expect(await drag("email", () => header("s3"))).toBe(false);
    expect(order(seen.at(-1)!)).toEqual(["", "desk kiosk", "email"]);
    await drag("email", () => chip("desk"));
    expect(order(seen.at(-1)!)).toEqual(["", "email desk kiosk", ""]);
    await drag("kiosk", () => chip("email"));
    expect(order(seen.at(-1)!)).toEqual(["", "kiosk email desk", ""]);
    await flush();
    expect(chip("kiosk").getAttribute("aria-pressed")).toBe("true");
    // Focus is on the dropped chip, drawn anew in its header: the keys stay with it.
    expect(document.activeElement).toBe(chip("kiosk"));
    const undo = document.querySelector<HTMLButtonElement>('button[title^="Undo"]')!;
    for (let i = 0; i < 3; i++) fireEvent.click(undo);
    expect(seen.at(-1)).toEqual(FIXTURE);
  });

  it("Delete on a focused chip removes it, focus to the next chip of its stage; Alt+→ moves one", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    act(() => chip("desk").focus());
    fireEvent.keyDown(chip("desk"), { key: "Delete" });
    expect(order(seen.at(-1)!)).toEqual(["email", "kiosk", ""]);
    await flush();
    await flush();
    expect(document.activeElement).toBe(chip("kiosk"));
    fireEvent.keyDown(chip("kiosk"), { key: "ArrowRight", altKey: true });
    expect(order(seen.at(-1)!)).toEqual(["email", "", "kiosk"]);
  });

  it("Alt+↓ and Alt+↑ on a focused chip move it within its stage, one undo step each", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    act(() => chip("desk").focus());
    fireEvent.keyDown(chip("desk"), { key: "ArrowDown", altKey: true });
    expect(order(seen.at(-1)!)).toEqual(["email", "kiosk desk", ""]);
    await flush();
    expect(document.activeElement).toBe(chip("desk"));
    fireEvent.keyDown(chip("desk"), { key: "ArrowUp", altKey: true });
    expect(order(seen.at(-1)!)).toEqual(["email", "desk kiosk", ""]);
    fireEvent.keyDown(chip("desk"), { key: "z", ctrlKey: true });
    expect(order(seen.at(-1)!)).toEqual(["email", "kiosk desk", ""]);
  });
});

describe("names in a stage header", () => {
  const LONG = "Pre-arrival email with the booking details and the parking code";
  const named: JourneyMap = {
    ...FIXTURE,
    touchpoints: FIXTURE.touchpoints.map((t) => (t.id === "email" ? { ...t, name: LONG } : t)),
    momentsOfTruth: [
      {
        id: "mot",
        stageId: "s2",
        title: "Service recovery by the manager on duty when the room is not ready",
        kind: "FMOT",
        importance: 4,
      },
    ],
  };

  it("wrap a chip's name to two lines before it is cut, the whole name on hover, focus and to screen readers", async () => {
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor value={named} onChange={() => {}} />
      </div>,
    );
    await flush();
    const lines = [...chip("email").querySelectorAll("span")].map((s) => s.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(chip("email").getAttribute("aria-label")).toBe(`Touchpoint ${LONG} (Email)`);
    expect(chip("email").title).toBe(`${LONG} · Email`);
    expect(chip("email").dataset.tip).toBe(LONG);
    expect(Number.parseFloat(chip("email").style.height)).toBeGreaterThan(
      Number.parseFloat(chip("desk").style.height),
    );
    expect(chip("desk").dataset.tip).toBeUndefined();
  });

  it("wrap the label of a stage's only moment of truth to two lines; its marker names it in full", async () => {
    render(
      <div style={{ width: 1440, height: 900 }}>
        <JourneyMapEditor value={named} onChange={() => {}} />
      </div>,
    );
    await flush();
    const label = header("s2").querySelector<HTMLElement>(".jk-moment-label")!;
    const lines = [...label.querySelectorAll("span")].map((s) => s.textContent);
    expect(lines).toHaveLength(2);
    expect(label.title).toBe(named.momentsOfTruth[0]!.title);
    const marker = header("s2").querySelector<HTMLElement>(".jk-moment")!;
    expect(marker.getAttribute("aria-label")).toContain(named.momentsOfTruth[0]!.title);
    expect(marker.dataset.tip).toBe(`FMOT · ${named.momentsOfTruth[0]!.title}`);
  });
});
