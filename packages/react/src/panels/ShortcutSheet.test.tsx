import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";
import { SHORTCUTS } from "./ShortcutSheet.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("shortcut sheet", () => {
  it("opens with ? from the canvas, lists every shortcut, and closes with Escape back to the editor", async () => {
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor defaultValue={getTemplate("saas-trial")!.create()} />
      </div>,
    );
    await flush();
    expect(screen.queryByRole("dialog", { name: "Keyboard shortcuts" })).toBeNull();
    const card = document.querySelector<HTMLElement>("[data-card-id]")!;
    card.focus();
    fireEvent.keyDown(card, { key: "?" });
    const sheet = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(sheet.querySelectorAll("dt")).toHaveLength(SHORTCUTS.length);
    expect(sheet.textContent).toContain("Undo (anywhere but in a text field)");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Close" }));
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("dialog", { name: "Keyboard shortcuts" })).toBeNull();
    expect(document.activeElement).toBe(card);
  });
});
