import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { writeLanguage } from "../i18n/language-preference";
import { WorkshopTextProvider } from "../i18n/WorkshopTextProvider";
import { loadLanguage } from "../i18n/workshop-catalogue";
import { OpenErrorPanel } from "./OpenErrorPanel";
import type { OpenError } from "./use-open-file";

const damaged: Omit<OpenError, "repair"> = {
  fileName: "damaged.journey.json",
  format: "JSON",
  errors: ['cards[2].stageId: no stage has id "s9"', "emotions[0].score: must be between -2 and 2"],
};

describe("<OpenErrorPanel>", () => {
  it("lists what is wrong and offers Open and repair next to Cancel", () => {
    const open = vi.fn();
    const onDismiss = vi.fn();
    render(<OpenErrorPanel error={{ ...damaged, repair: { possible: true, open } }} onDismiss={onDismiss} />);
    const alert = screen.getByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).toContain("Could not open damaged.journey.json (JSON)");
    expect(alert.textContent).toContain('cards[2].stageId: no stage has id "s9"');
    expect(alert.textContent).toContain("emotions[0].score: must be between -2 and 2");
    const repair = within(alert).getByRole("button", { name: "Open and repair" });
    expect(repair.className).toContain("ws-button-primary");
    // One way out besides repairing: Cancel (no second Dismiss in the heading).
    expect(within(alert).queryByRole("button", { name: "Dismiss" })).toBeNull();
    fireEvent.click(repair);
    expect(open).toHaveBeenCalledTimes(1);
    fireEvent.click(within(alert).getByRole("button", { name: "Cancel" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("says plainly when nothing can be saved, and offers no repair", () => {
    const onDismiss = vi.fn();
    render(
      <OpenErrorPanel
        error={{
          ...damaged,
          errors: ["not valid JSON: Unexpected token"],
          repair: { possible: false, reasons: ["not valid JSON: Unexpected token"] },
        }}
        onDismiss={onDismiss}
      />,
    );
    const alert = screen.getByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).toContain(
      "A repair cannot save this file either: not valid JSON: Unexpected token",
    );
    expect(within(alert).queryByRole("button", { name: "Open and repair" })).toBeNull();
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("says nothing of repairs for a file no repair applies to (a CSV, a file too large)", () => {
    render(<OpenErrorPanel error={{ ...damaged, format: "CSV" }} onDismiss={() => {}} />);
    const alert = screen.getByRole("alert", { name: "File could not be opened" });
    expect(alert.textContent).not.toMatch(/repair/i);
    within(alert).getByRole("button", { name: "Dismiss" });
  });

  it("speaks the app's language", async () => {
    writeLanguage("de");
    onTestFinished(() => writeLanguage("en"));
    render(
      <WorkshopTextProvider initial={await loadLanguage("de")}>
        <OpenErrorPanel
          error={{ ...damaged, repair: { possible: true, open: () => {} } }}
          onDismiss={() => {}}
        />
      </WorkshopTextProvider>,
    );
    await screen.findByRole("button", { name: "Öffnen und reparieren" });
    screen.getByRole("button", { name: "Abbrechen" });
    screen.getByText(/^Eine Reparatur kann sie trotzdem öffnen/);
  });
});
