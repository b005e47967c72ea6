import { createJourneyMap, createPersona, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapProvider } from "../editor/JourneyMapProvider.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { PersonaStrip } from "./PersonaStrip.js";

function twoPersonas(): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  map.personas = [
    createPersona({
      id: "ana",
      name: "Ana",
      role: "Regular",
      quote: "I want my bread warm",
      color: "#2f80ed",
      empathyMap: {
        thinks: ["Will there be a queue before work, again, like every Monday?"],
        feels: [],
        says: ["Same as usual"],
        does: [],
      },
    }),
    createPersona({
      id: "ben",
      name: "Ben",
      color: "#eb5757",
      empathyMap: { thinks: ["Is it gluten free?"], feels: ["Wary"], says: [], does: [] },
    }),
  ];
  return map;
}

let store: JourneyMapStore;
function CaptureStore() {
  store = useStoreApi();
  return null;
}
function renderStrip(map = twoPersonas(), readOnly = false) {
  render(
    <JourneyMapProvider defaultValue={map} readOnly={readOnly}>
      <CaptureStore />
      <PersonaStrip />
    </JourneyMapProvider>,
  );
}
const persona = (id: string) => store.getState().map.personas.find((p) => p.id === id)!;
const board = () => screen.getByRole("dialog");
const entries = (quadrant: string) =>
  within(board())
    .queryAllByRole("textbox", { name: new RegExp(`^${quadrant} \\d+$`) })
    .map((input) => (input as HTMLInputElement).value);

describe("the persona strip and board", () => {
  it("shows each persona's name, role and quote, and opens their board", () => {
    renderStrip();
    const strip = screen.getByRole("list", { name: "Personas on this map" });
    expect(strip.textContent).toContain("Ana · Regular");
    expect(strip.textContent).toContain("I want my bread warm");
    fireEvent.click(within(strip).getByRole("button", { name: /^Ana/ }));
    expect(board().getAttribute("aria-modal")).toBe("true");
    expect(within(board()).getByRole("heading", { level: 2 }).textContent).toContain("Ana");
    // The whole entry is there, not cut to a few characters.
    expect(entries("Thinks")).toEqual(["Will there be a queue before work, again, like every Monday?"]);
    expect(entries("Says")).toEqual(["Same as usual"]);
  });

  it("edits an empathy quadrant in place, into the persona shown", () => {
    renderStrip();
    fireEvent.click(screen.getByRole("button", { name: /^Ana/ }));
    const add = within(board()).getByRole("textbox", { name: "Add to Feels" });
    fireEvent.change(add, { target: { value: "Rushed" } });
    fireEvent.submit(add.closest("form")!);
    expect(persona("ana").empathyMap?.feels).toEqual(["Rushed"]);
    const first = within(board()).getByRole("textbox", { name: "Thinks 1" });
    fireEvent.change(first, { target: { value: "Queue?" } });
    fireEvent.blur(first);
    expect(persona("ana").empathyMap?.thinks).toEqual(["Queue?"]);
    expect(persona("ben").empathyMap?.thinks).toEqual(["Is it gluten free?"]);
  });

  it("switching persona on the board shows and writes that persona, never the previous one", () => {
    renderStrip();
    fireEvent.click(screen.getByRole("button", { name: /^Ana/ }));
    // Half-typed for Ana, then the person switches to Ben without leaving the field.
    fireEvent.change(within(board()).getByRole("textbox", { name: "Thinks 1" }), {
      target: { value: "Typed for Ana" },
    });
    fireEvent.click(within(board()).getByRole("tab", { name: /Ben/ }));
    expect(within(board()).getByRole("heading", { level: 2 }).textContent).toContain("Ben");
    expect(entries("Thinks")).toEqual(["Is it gluten free?"]);
    expect(entries("Feels")).toEqual(["Wary"]);
    expect((within(board()).getByRole("textbox", { name: "Name" }) as HTMLInputElement).value).toBe("Ben");
    const first = within(board()).getByRole("textbox", { name: "Thinks 1" });
    fireEvent.blur(first);
    expect(persona("ana").empathyMap?.thinks).toEqual([
      "Will there be a queue before work, again, like every Monday?",
    ]);
    fireEvent.change(first, { target: { value: "Gluten free?" } });
    fireEvent.keyDown(first, { key: "Enter" });
    expect(persona("ben").empathyMap?.thinks).toEqual(["Gluten free?"]);
    expect(persona("ana").empathyMap?.thinks).toEqual([
      "Will there be a queue before work, again, like every Monday?",
    ]);
  });

  it("Escape closes the board and gives the focus back to the persona that opened it", () => {
    renderStrip();
    const chip = screen.getByRole("button", { name: /^Ben/ });
    act(() => chip.focus());
    fireEvent.click(chip);
    expect(board().contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(chip);
  });

  it("keys typed on the board never reach the editor's shortcuts", () => {
    renderStrip();
    const stages = store.getState().map.stages.length;
    act(() => store.getState().select({ kind: "stage", id: store.getState().map.stages[0]!.id }));
    fireEvent.click(screen.getByRole("button", { name: /^Ana/ }));
    fireEvent.keyDown(within(board()).getByRole("tab", { name: /Ana/ }), { key: "Delete" });
    expect(store.getState().map.stages).toHaveLength(stages);
  });

  it("read-only: the board shows every entry as text, with no inputs", () => {
    renderStrip(twoPersonas(), true);
    fireEvent.click(screen.getByRole("button", { name: /^Ana/ }));
    expect(within(board()).queryAllByRole("textbox")).toEqual([]);
    expect(board().textContent).toContain("Will there be a queue before work, again, like every Monday?");
  });
});
