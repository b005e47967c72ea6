import { createJourneyMap, createPersona, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapProvider } from "../editor/JourneyMapProvider.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { JourneyMapStore } from "../store/create-journey-map-store.js";
import { PersonaPanel } from "./PersonaPanel.js";

function twoPersonas(): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  map.personas = [
    createPersona({ id: "ana", name: "Ana", color: "#2f80ed", needs: ["Fresh bread", "Pay ahead"] }),
    createPersona({ id: "ben", name: "Ben", color: "#eb5757", needs: ["Gluten free"] }),
  ];
  return map;
}

let store: JourneyMapStore;
function CaptureStore() {
  store = useStoreApi();
  return null;
}

function renderPanel(map: JourneyMap) {
  const saved: JourneyMap[] = [];
  render(
    <JourneyMapProvider defaultValue={map} onChange={(next) => saved.push(next)}>
      <CaptureStore />
      <Panel />
    </JourneyMapProvider>,
  );
  return saved;
}
function Panel() {
  const selection = useJourneyMapStore((s) => s.selection);
  return <PersonaPanel {...(selection?.kind === "persona" ? { personaId: selection.id } : {})} />;
}
const needs = () =>
  screen.queryAllByRole("textbox", { name: /^Needs \d+$/ }).map((i) => (i as HTMLInputElement).value);
const persona = (id: string) => store.getState().map.personas.find((p) => p.id === id)!;
const choose = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));

describe("PersonaPanel list fields", () => {
  it("show the chosen persona's entries after switching, and Tab writes nothing into the other persona", () => {
    renderPanel(twoPersonas());
    expect(needs()).toEqual(["Fresh bread", "Pay ahead"]);
    screen.getByRole("textbox", { name: "Needs 2" }).focus();
    choose("Ben");
    expect(needs()).toEqual(["Gluten free"]);
    // Focus moves on with Tab: nothing is committed anywhere.
    const first = screen.getByRole("textbox", { name: "Needs 1" });
    fireEvent.focus(first);
    fireEvent.blur(first);
    expect(persona("ben").needs).toEqual(["Gluten free"]);
    expect(persona("ana").needs).toEqual(["Fresh bread", "Pay ahead"]);
  });

  it("never carries a half-typed entry into another persona when the selection changes without a blur", () => {
    renderPanel(twoPersonas());
    const input = screen.getByRole("textbox", { name: "Needs 1" });
    fireEvent.change(input, { target: { value: "Typed for Ana" } });
    // The selection changes from the canvas or a shortcut: no blur reaches this input first.
    act(() => store.getState().select({ kind: "persona", id: "ben" }));
    expect(needs()).toEqual(["Gluten free"]);
    fireEvent.blur(screen.getByRole("textbox", { name: "Needs 1" }));
    expect(persona("ben").needs).toEqual(["Gluten free"]);
  });

  it("after removing or moving an entry every input shows its own entry", () => {
    const map = twoPersonas();
    map.personas[0]!.needs = ["One", "Two", "Three"];
    renderPanel(map);
    fireEvent.click(screen.getByRole("button", { name: "Remove Needs 1" }));
    expect(needs()).toEqual(["Two", "Three"]);
    expect(persona("ana").needs).toEqual(["Two", "Three"]);
    fireEvent.click(screen.getByRole("button", { name: "Move Needs 2 up" }));
    expect(needs()).toEqual(["Three", "Two"]);
    // Editing after the move writes the entry the person sees.
    const first = screen.getByRole("textbox", { name: "Needs 1" });
    fireEvent.change(first, { target: { value: "Three!" } });
    fireEvent.blur(first);
    expect(persona("ana").needs).toEqual(["Three!", "Two"]);
  });

  it("shows what undo brings back in every entry", () => {
    renderPanel(twoPersonas());
    fireEvent.click(screen.getByRole("button", { name: "Remove Needs 1" }));
    expect(needs()).toEqual(["Pay ahead"]);
    act(() => store.getState().undo());
    expect(needs()).toEqual(["Fresh bread", "Pay ahead"]);
  });
});

describe("PersonaPanel's board button", () => {
  it("opens the chosen persona's board, and Escape brings the focus back to the button", () => {
    renderPanel(twoPersonas());
    choose("Ben");
    const open = screen.getByRole("button", { name: "Open Ben's board" });
    act(() => open.focus());
    fireEvent.click(open);
    const board = screen.getByRole("dialog");
    expect(board.querySelector<HTMLTextAreaElement>("[aria-label='Needs 1']")?.value).toBe("Gluten free");
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Open Ben's board" }));
  });
});
