import { getTemplate } from "@journeykit/core";
import { detectColumns, readTable } from "@journeykit/evidence";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AddEvidenceDialog } from "./AddEvidenceDialog";
import { createRunner } from "./evidence-runner";
import { createEvidenceSession, type TableSummary } from "./evidence-session";
import { TableStep } from "./TableStep";

/** A review export as a client sends it: the reviewer's name and e-mail beside each review. */
const REVIEWS = [
  "Reviewer,Consumer Email,Rating,Review,Phone",
  'Maria García,maria.garcia@example.es,2,"Cold food. Write to me at maria.g@mail.example.consulting",+34 612 345 678',
  "John Doherty,john.d@example.co.uk,5,Lovely evening and a friendly waiter,+44 20 7946 0958",
  "Lena Vogel,lena@vogel.consulting,3,Card 4111 1111 1111 1111 was charged twice,+49 176 12345678",
].join("\n");
const HIDDEN = [
  "Maria García",
  "John Doherty",
  "Lena Vogel",
  "maria.garcia@example.es",
  "john.d@example.co.uk",
  "lena@vogel.consulting",
  "maria.g@mail.example.consulting",
  "+34 612 345 678",
  "4111 1111 1111 1111",
];

async function summaryOf(csv: string): Promise<TableSummary> {
  const table = await readTable(csv);
  return {
    fileName: "reviews.csv",
    headers: table.headers,
    firstRows: table.rows.slice(0, 6),
    rowCount: table.rows.length,
    shape: table.shape,
    headerRows: table.headerRows,
    format: table.format,
    warnings: table.warnings,
    mapping: detectColumns(table),
    rules: [],
  };
}

/** Everything a person could read on screen: text and tooltips. */
const visible = (root: HTMLElement) =>
  [root.textContent ?? "", ...[...root.querySelectorAll("[title]")].map((e) => e.getAttribute("title"))].join(
    "\n",
  );

describe("<TableStep>", () => {
  it("masks the columns holding names, e-mails and phones, and shows comments redacted", async () => {
    render(<TableStep summary={await summaryOf(REVIEWS)} />);
    const table = screen.getByRole("table", { name: /First 3 of 3 rows/ });
    const shown = visible(table);
    for (const hidden of HIDDEN) expect(shown).not.toContain(hidden);
    const firstRow = [...table.querySelectorAll("tbody tr")][0]!;
    expect([...firstRow.querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      "••• personal data (name)",
      "••• personal data (e-mail)",
      "2",
      "Cold food. Write to me at [email]",
      "••• personal data (phone)",
    ]);
    expect(shown).toContain("[card number] was charged twice");
    // The headers stay: a person must see which column was hidden.
    expect(screen.getByRole("columnheader", { name: "Consumer Email" })).toBeTruthy();
  });

  it("in the import dialog, a review export's names and e-mails never reach the table step", async () => {
    let deliver: (response: Parameters<Parameters<typeof createEvidenceSession>[0]>[0]) => void = () => {};
    const handle = createEvidenceSession((response) => deliver(response));
    const runner = () =>
      createRunner(
        (request) => void handle(structuredClone(request)),
        (onResponse) => {
          deliver = onResponse;
        },
        () => {},
      );
    render(
      <AddEvidenceDialog
        map={getTemplate("restaurant-complaint-recovery")!.create()}
        onApply={() => {}}
        onClose={() => {}}
        createRunner={runner}
      />,
    );
    fireEvent.change(screen.getByTestId("evidence-file-input"), {
      target: { files: [new File([REVIEWS], "reviews.csv", { type: "text/csv" })] },
    });
    await screen.findByText("3 rows");
    const dialog = screen.getByRole("dialog", { name: "Add evidence" });
    const shown = visible(dialog);
    for (const hidden of HIDDEN) expect(shown).not.toContain(hidden);
    expect(shown).toContain("••• personal data (e-mail)");
  });
});
