import { applyOperation, getTemplate, type JourneyMap } from "@journeykit/core";
import { analyzeEvidence, applyEvidence, detectColumns, readTable } from "@journeykit/evidence";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { InsightsPanel } from "./InsightsPanel";

/** The restaurant template with a survey applied: paying measured much worse than the room drew it. */
async function withEvidence(): Promise<JourneyMap> {
  const map = getTemplate("restaurant-complaint-recovery")!.create();
  const lines = ["Stage,How likely are you to recommend us?,Comment"];
  for (let i = 0; i < 10; i++) {
    lines.push(`Pay and leave,${i % 3},Terrible: the card machine was broken and the bill was wrong`);
    lines.push(`Arrive and order,${9 + (i % 2)},Lovely welcome and a great table`);
  }
  const table = await readTable(lines.join("\n"));
  const analysis = analyzeEvidence(map, table, detectColumns(table, map), { sourceName: "march.csv" });
  return applyOperation(map, applyEvidence, analysis).map;
}

describe("<InsightsPanel> with evidence", () => {
  it("lists where the data disagrees with n, ± and a quote, and each entry focuses its stage", async () => {
    const map = await withEvidence();
    const onFocusStage = vi.fn();
    render(<InsightsPanel map={map} onFocusStage={onFocusStage} />);
    const gaps = screen.getAllByTestId("assumption-gap");
    const pay = gaps.find((g) => g.textContent?.startsWith("Pay and leave"));
    expect(pay?.textContent).toMatch(
      /Customers feel worse than the room assumed: the room: \+2; customers: −\d(\.\d)?( ±\d\.\d)?, from NPS −100/,
    );
    expect(pay?.textContent).toMatch(/NPS −100 ±\d+ · n=10/);
    expect(pay?.textContent).toMatch(/“Terrible: the card machine/);
    fireEvent.click(within(pay!).getByRole("button"));
    const payStage = map.stages.find((s) => s.name === "Pay and leave")!;
    expect(onFocusStage).toHaveBeenCalledWith(payStage.id);
    expect(screen.getByTestId("measured-by-stage").textContent).toMatch(
      /Arrive and order.*NPS \+100 ±\d+ · n=10/,
    );
  });

  it("shows the voice of the customer by stage, each quote labelled and coloured by its sentiment", async () => {
    const map = await withEvidence();
    render(<InsightsPanel map={map} onFocusStage={() => {}} />);
    const voice = screen.getByTestId("voice-of-customer");
    const pay = within(voice).getByRole("listitem", { name: "Quotes: Pay and leave" });
    expect(pay.querySelector(".ws-quote-negative")?.textContent).toMatch(/Negative/);
    const arrive = within(voice).getByRole("listitem", { name: "Quotes: Arrive and order" });
    expect(arrive.querySelector(".ws-quote-positive")?.textContent).toMatch(/Positive/);
  });

  it("says what to do when the map has no evidence yet", () => {
    render(
      <InsightsPanel map={getTemplate("restaurant-complaint-recovery")!.create()} onFocusStage={() => {}} />,
    );
    expect(screen.getByText(/No measured feelings yet/)).toBeTruthy();
    expect(screen.getByText(/No quotes yet/)).toBeTruthy();
    expect(screen.queryByTestId("measured-by-stage")).toBeNull();
  });
});
