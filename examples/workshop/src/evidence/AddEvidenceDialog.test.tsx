import { applyOperation, getTemplate } from "@journeykit/core";
import { applyEvidence, type EvidenceAnalysis } from "@journeykit/evidence";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AddEvidenceDialog } from "./AddEvidenceDialog";
import { createRunner } from "./evidence-runner";
import { createEvidenceSession } from "./evidence-session";

/** The worker's session run in the page: the same messages, without a Worker (jsdom has none). */
const inProcessRunner = () => {
  let deliver: (response: Parameters<Parameters<typeof createEvidenceSession>[0]>[0]) => void = () => {};
  const handle = createEvidenceSession((response) => deliver(response));
  return createRunner(
    (request) => void handle(structuredClone(request)),
    (onResponse) => {
      deliver = onResponse;
    },
    () => {},
  );
};

const map = () => getTemplate("restaurant-complaint-recovery")!.create();

function survey(): File {
  const lines = ["Which stage?,How likely are you to recommend us?,Any comments?"];
  for (let i = 0; i < 12; i++) {
    lines.push(`Arrive and order,${8 + (i % 3)},Warm welcome and friendly staff`);
    lines.push(`Pay and leave,${i % 5},The card machine was broken and the bill took ages`);
  }
  return new File([lines.join("\n")], "survey.csv", { type: "text/csv" });
}

function pick(file: File) {
  fireEvent.change(screen.getByTestId("evidence-file-input"), { target: { files: [file] } });
}

describe("<AddEvidenceDialog>", () => {
  it("walks file, table, columns and preview, and hands the analysis to onApply only at Add to map", async () => {
    const onApply = vi.fn<(analysis: EvidenceAnalysis) => void>();
    render(
      <AddEvidenceDialog map={map()} onApply={onApply} onClose={() => {}} createRunner={inProcessRunner} />,
    );
    expect(screen.getByRole("dialog", { name: "Add evidence" })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("Choose file…");

    pick(survey());
    await screen.findByText("24 rows");
    expect(screen.getByTestId("evidence-shape").textContent).toBe("Table");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));

    const role = screen.getByRole("combobox", {
      name: "What column “Which stage?” holds",
    }) as HTMLSelectElement;
    expect(role.value).toBe("stage");
    await waitFor(() =>
      expect(screen.getByTestId("evidence-unassigned").textContent).toMatch(/^0 of 24 answered rows/),
    );
    // Without a stage column the mention rules appear, and the rows they leave out are counted.
    fireEvent.change(role, { target: { value: "ignore" } });
    expect(screen.getByRole("heading", { name: "Which stage is a comment about?" })).toBeTruthy();
    const words = screen.getByRole("textbox", { name: "Words placing a comment on Pay and leave" });
    fireEvent.change(words, { target: { value: "card machine, bill" } });
    fireEvent.blur(words);
    await waitFor(() => expect(screen.getByTestId("evidence-unassigned").textContent).toMatch(/^12 of 24/));
    fireEvent.change(role, { target: { value: "stage" } });

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    const table = await screen.findByRole("table", { name: "What each stage gets" });
    expect(table.textContent).toMatch(/Pay and leave1212 by column−\d+ ±\d+n=12/);
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Add to map" }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const analysis = onApply.mock.calls[0]![0];
    expect(analysis.metrics.some((m) => m.kind === "NPS" && m.sampleSize === 12)).toBe(true);
    expect(analysis.quotes.length).toBeGreaterThan(0);
  });

  /** The dialog on the survey, at its preview step: what Add to map hands over, and the map it opened on. */
  async function openPreview() {
    const onApply = vi.fn<(analysis: EvidenceAnalysis) => void>();
    const opened = map();
    render(
      <AddEvidenceDialog map={opened} onApply={onApply} onClose={() => {}} createRunner={inProcessRunner} />,
    );
    pick(survey());
    await screen.findByText("24 rows");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    return { onApply, opened };
  }

  it("shows suggested pain points as a checklist with none ticked, and adds none unticked", async () => {
    const { onApply, opened } = await openPreview();
    const proposal = await screen.findByRole("checkbox", {
      name: /^Card machine: 12 of 12 comments, NPS −100/,
    });
    expect((proposal as HTMLInputElement).checked).toBe(false);
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((box) => !box.checked)).toBe(true);
    // Each proposal shows why its severity, and the quotes that say it.
    const item = proposal.closest("li")!;
    expect(item.textContent).toMatch(/severity [1-5]: 100% of the stage's comments/);
    expect(item.textContent).toContain("“The card machine was broken and the bill took ages”");

    fireEvent.click(screen.getByRole("button", { name: "Add to map" }));
    const analysis = onApply.mock.calls[0]![0];
    expect(analysis.painPoints).toEqual([]);
    const next = applyOperation(opened, applyEvidence, analysis).map;
    expect(next.cards.length).toBe(opened.cards.length);
  });

  it("adds a ticked proposal, and only that one, as a pain-point card", async () => {
    const { onApply, opened } = await openPreview();
    const proposal = await screen.findByRole("checkbox", { name: /^Card machine: 12 of 12 comments/ });
    fireEvent.click(proposal);
    expect((proposal as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/\(1 ticked\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Add to map" }));
    const analysis = onApply.mock.calls[0]![0];
    expect(analysis.painPoints.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Card machine: 12 of 12/),
    ]);
    const next = applyOperation(opened, applyEvidence, analysis).map;
    const added = next.cards.filter((c) => !opened.cards.some((o) => o.id === c.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ text: analysis.painPoints[0]!.text, evidence: "measured" });
  });

  it("reuses the placement saved with the map's last import of the same kind of file, with a way to edit it", async () => {
    const withMarch = map();
    const pay = withMarch.stages.find((stage) => stage.name === "Pay and leave")!;
    withMarch.sources.push({
      id: "src-march",
      kind: "survey",
      name: "march-survey.csv",
      importedAt: "2026-04-02T10:00:00.000Z",
      mapping: {
        columns: [
          {
            index: 0,
            header: "How likely are you to recommend us?",
            role: "nps",
            scale: { min: 0, max: 10 },
          },
          { index: 1, header: "Any comments?", role: "comment" },
        ],
      },
      rules: [{ stageId: pay.id, keywords: ["card machine", "bill"] }],
    });
    const lines = ["How likely are you to recommend us?,Any comments?"];
    for (let i = 0; i < 12; i++)
      lines.push(`${8 + (i % 3)},Warm welcome`, `${i % 5},The card machine was broken`);
    const onApply = vi.fn<(analysis: EvidenceAnalysis) => void>();
    render(
      <AddEvidenceDialog
        map={withMarch}
        onApply={onApply}
        onClose={() => {}}
        createRunner={inProcessRunner}
      />,
    );
    pick(new File([lines.join("\n")], "april-survey.csv", { type: "text/csv" }));
    await screen.findByText("24 rows");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));

    expect(screen.getByTestId("evidence-reused").textContent).toContain(
      "Using the placement from “march-survey.csv”, 2 Apr 2026",
    );
    const words = screen.getByRole("textbox", {
      name: "Words placing a comment on Pay and leave",
    }) as HTMLInputElement;
    expect(words.value).toBe("card machine, bill");
    // The reused rules cover Pay and leave only; every other stage still has a field to give it words.
    const arrive = screen.getByRole("textbox", {
      name: "Words placing a comment on Arrive and order",
    }) as HTMLInputElement;
    expect(arrive.value).toBe("");
    // Nobody retyped the words: the card machine comments go to Pay and leave as in March.
    await waitFor(() => expect(screen.getByTestId("evidence-unassigned").textContent).toMatch(/^12 of 24/));
    fireEvent.click(screen.getByRole("button", { name: "Edit the words" }));
    expect(document.activeElement?.tagName).toBe("INPUT");

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    const table = await screen.findByRole("table", { name: "What each stage gets" });
    const payRow = within(table).getByRole("rowheader", { name: "Pay and leave" }).closest("tr")!;
    expect(payRow.textContent).toContain("12 by rule");
    fireEvent.click(screen.getByRole("button", { name: "Add to map" }));
    expect(onApply.mock.calls[0]![0].source.rules).toEqual([
      { stageId: pay.id, keywords: ["card machine", "bill"] },
    ]);
  });

  it("Detect again leaves the reused placement for the detected columns and the stage names' words", async () => {
    const withMarch = map();
    withMarch.sources.push({
      id: "src-march",
      kind: "survey",
      name: "march-survey.csv",
      importedAt: "2026-04-02T10:00:00.000Z",
      mapping: { columns: [{ index: 0, header: "Any comments?", role: "comment" }] },
      rules: [{ stageId: withMarch.stages[4]!.id, keywords: ["card machine"] }],
    });
    render(
      <AddEvidenceDialog
        map={withMarch}
        onApply={() => {}}
        onClose={() => {}}
        createRunner={inProcessRunner}
      />,
    );
    pick(
      new File(["Any comments?\nThe card machine was broken\nLovely\n"], "april.csv", { type: "text/csv" }),
    );
    await screen.findByText("2 rows");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Detect again" }));
    expect(screen.queryByTestId("evidence-reused")).toBeNull();
    const words = screen.getByRole("textbox", {
      name: "Words placing a comment on Pay and leave",
    }) as HTMLInputElement;
    expect(words.value).not.toContain("card machine");
  });

  it("shows what is wrong with a broken file and stays on the first step", async () => {
    const onApply = vi.fn();
    render(
      <AddEvidenceDialog map={map()} onApply={onApply} onClose={() => {}} createRunner={inProcessRunner} />,
    );
    pick(new File(["Comment\n"], "nothing.csv"));
    const alert = await screen.findByRole("alert", { name: "File could not be read" });
    expect(alert.textContent).toContain("nothing.csv: the table has a header but no answer rows");
    expect(alert.textContent).toContain("Nothing was added to the map.");
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    expect(onApply).not.toHaveBeenCalled();
  });

  it("keeps Tab inside the dialog, closes on Escape and gives focus back to its opener", async () => {
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    const { unmount } = render(
      <AddEvidenceDialog map={map()} onApply={() => {}} onClose={onClose} createRunner={inProcessRunner} />,
    );
    const close = screen.getByRole("button", { name: "Close" });
    const cancel = screen.getByRole("button", { name: "Cancel" });
    act(() => cancel.focus());
    // Cancel is the last control: Tab wraps to the first (Close).
    fireEvent.keyDown(cancel, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
