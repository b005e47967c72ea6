import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { RepairReportDialog } from "./RepairReportDialog";
import type { RepairReport } from "./repair-report";

const report: RepairReport = {
  origin: "file",
  name: "damaged.journey.json",
  repairs: [
    {
      path: "cards[2]",
      action: "set aside record",
      message: 'card "Long wait at the counter" set aside: its stage "s9" does not exist',
    },
    {
      path: "cards[1].id",
      action: "gave new id",
      message: 'card id "c1" was used twice; the second one got a new id',
    },
    {
      path: "emotions[0].score",
      action: "replaced value",
      message: "emotion score 9 is out of range; set to 2",
    },
    { path: "cards[3].personaId", action: "cleared reference", message: 'persona "p7" does not exist' },
    { path: "cards[4].id", action: "gave new id", message: 'card id "c1" was used three times' },
    { path: "x", action: "merged ledgers", message: "an action this app has no heading for" },
  ],
  setAside: [
    { collection: "cards", texts: ["Long wait at the counter"], reason: 'its stage "s9" does not exist' },
  ],
};

function Harness({ onClosed }: { onClosed: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Opener
      </button>
      {open && <RepairReportDialog report={report} onClose={() => setOpen(false)} onClosed={onClosed} />}
    </>
  );
}

describe("<RepairReportDialog>", () => {
  it("says how many problems were repaired and lists each repair under its kind", () => {
    render(<RepairReportDialog report={report} onClose={() => {}} />);
    const dialog = screen.getByRole("dialog", { name: "Repaired 6 problems" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    const newIds = within(dialog).getByRole("region", { name: "Records given new ids" });
    expect(
      within(newIds)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      'card id "c1" was used twice; the second one got a new idcards[1].id',
      'card id "c1" was used three timescards[4].id',
    ]);
    expect(newIds.querySelector("h3")?.textContent).toBe("Records given new ids 2");
    within(dialog).getByRole("region", { name: "Invalid values replaced" });
    within(dialog).getByRole("region", { name: "Links to missing records cleared" });
    within(dialog).getByRole("region", { name: "Records set aside" });
    // An action the app has no words for is shown as core names it, never dropped.
    within(within(dialog).getByRole("region", { name: "merged ledgers" })).getByText(
      "an action this app has no heading for",
    );
    for (const repair of report.repairs) expect(dialog.textContent).toContain(repair.message);
  });

  it("says what was set aside, with its text, and that it is kept and saved in the map", () => {
    render(<RepairReportDialog report={report} onClose={() => {}} />);
    const kept = screen.getByRole("region", { name: "Set aside" });
    expect(kept.textContent).toContain(
      "1 record could not stay in place. It is kept in the map (in its meta, under “journeykit.setAside”) and is saved with it:",
    );
    expect(within(kept).getByRole("listitem").textContent).toBe(
      'CardLong wait at the counterits stage "s9" does not exist',
    );
  });

  it("has no set-aside section when nothing was set aside, and says one problem in the singular", () => {
    render(
      <RepairReportDialog
        report={{ ...report, repairs: report.repairs.slice(2, 3), setAside: [] }}
        onClose={() => {}}
      />,
    );
    screen.getByRole("dialog", { name: "Repaired 1 problem" });
    expect(screen.queryByRole("region", { name: "Set aside" })).toBeNull();
  });

  it("is a modal: focus starts inside, Tab stays inside, Escape closes, focus goes back", () => {
    const onClosed = vi.fn();
    render(<Harness onClosed={onClosed} />);
    const opener = screen.getByRole("button", { name: "Opener" });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole("dialog");
    const done = within(dialog).getByRole("button", { name: "Show the map" });
    expect(document.activeElement).toBe(done);
    // The list scrolls with the keyboard too: it is in the tab order.
    const list = within(dialog).getByRole("region", { name: "Repairs" });
    expect(list.tabIndex).toBe(0);
    fireEvent.keyDown(document, { key: "Tab" });
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Close" }));
    fireEvent.keyDown(document, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(done);
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onClosed).toHaveBeenCalledTimes(1);
  });

  it("closes with its Close and Show the map buttons", () => {
    const onClose = vi.fn();
    render(<RepairReportDialog report={report} onClose={onClose} />);
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    fireEvent.click(screen.getByRole("button", { name: "Show the map" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
