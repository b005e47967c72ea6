import { createJourneyMap, createPersona, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

/** Two stages; the second holds two imported quotes (one by its touchpoint only) carrying what must not show. */
function quotedMap(): JourneyMap {
  const map = createJourneyMap({ id: "m", title: "Restaurant" });
  const [order, pay] = [map.stages[0]!, map.stages[1]!];
  map.stages = [
    { ...order, name: "Order" },
    { ...pay, name: "Pay" },
  ];
  map.personas = [createPersona({ id: "claire", name: "Claire Example" })];
  map.touchpoints = [{ id: "till", stageId: pay.id, name: "Till", channel: "in-store" }];
  map.sources = [
    { id: "src", kind: "survey", name: "Post-visit survey", importedAt: "2026-03-01T00:00:00Z" },
  ];
  map.quotes = [
    {
      id: "q1",
      text: "The bill took twenty minutes.",
      stageId: pay.id,
      sourceId: "src",
      sentiment: -0.6,
      score: 3,
      scale: "nps",
      date: "2026-02-14",
      personaId: "claire",
      meta: { respondent: "respondent-4711" },
    },
    { id: "q2", text: "Paying at the table was easy.", touchpointId: "till", sentiment: 0.7 },
  ];
  return map;
}

async function show(map: JourneyMap, onChange: (map: JourneyMap) => void = () => {}) {
  render(
    <div style={{ width: 1440, height: 900 }}>
      <JourneyMapEditor value={map} onChange={onChange} />
    </div>,
  );
  await flush();
}

const header = (name: string) =>
  [...document.querySelectorAll<HTMLElement>(".jk-stage[data-stage-id]")].find((el) =>
    el.querySelector(".jk-stage-name")?.textContent?.includes(name),
  )!;

describe("a stage's customer quotes on the canvas", () => {
  it("shows '❝ 2 quotes' in the header of a stage that has quotes, and nothing in one without", async () => {
    await show(quotedMap());
    const button = screen.getByRole("button", { name: "2 quotes at Pay" });
    expect(button.textContent).toBe("❝2 quotes");
    expect(header("Pay").contains(button)).toBe(true);
    expect(header("Order").querySelector(".jk-quotes-button")).toBeNull();
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("opens a labelled dialog with each quote, its tone, rating and source, and never who said it", async () => {
    await show(quotedMap());
    fireEvent.click(screen.getByRole("button", { name: "2 quotes at Pay" }));
    await flush();
    const dialog = screen.getByRole("dialog", { name: "Customer quotes at Pay" });
    expect(document.activeElement).toBe(dialog);
    const items = [...dialog.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual([
      "“The bill took twenty minutes.”Negative · NPS answer 3 · Post-visit survey",
      "“Paying at the table was easy.”Positive",
    ]);
    expect(dialog.textContent).not.toContain("respondent-4711");
    expect(dialog.textContent).not.toContain("2026-02-14");
    expect(dialog.textContent).not.toContain("Claire");
  });

  it("keeps the editor's keys out of the list, and Escape closes it back onto the button", async () => {
    const seen: JourneyMap[] = [];
    await show(quotedMap(), (map) => seen.push(map));
    const button = screen.getByRole("button", { name: "2 quotes at Pay" });
    // The stage is selected: Delete on the map would remove it.
    fireEvent.click(header("Pay").querySelector<HTMLElement>(".jk-stage-name")!);
    fireEvent.click(button);
    await flush();
    const dialog = screen.getByRole("dialog");
    fireEvent.keyDown(dialog, { key: "Delete" });
    expect(seen).toEqual([]);
    fireEvent.keyDown(dialog, { key: "Escape" });
    await flush();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes when focus leaves it", async () => {
    await show(quotedMap());
    fireEvent.click(screen.getByRole("button", { name: "2 quotes at Pay" }));
    await flush();
    const elsewhere = header("Order").querySelector<HTMLElement>(".jk-stage-name")!;
    act(() => elsewhere.focus());
    await flush();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
