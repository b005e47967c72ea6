import { describe, expect, it } from "vitest";
import { QUALTRICS } from "../../test/privacy-exports.js";
import { readTable } from "../table/read-table.js";
import { screenResponses } from "./screen-responses.js";

describe("screenResponses", () => {
  it("Qualtrics: an unfinished response, a preview and a repeated ResponseId are left out, each counted", async () => {
    const table = await readTable(QUALTRICS);
    expect(table.rows).toHaveLength(9);
    const screened = screenResponses(table);
    expect(screened).toMatchObject({ unfinished: 2, duplicates: 1 });
    expect(screened.table.rows.map((r) => r[8])).toEqual([
      "R_1aBcDeFgHiJkLmN",
      "R_2aBcDeFgHiJkLmN",
      "R_3aBcDeFgHiJkLmN",
      "R_4aBcDeFgHiJkLmN",
      "R_5aBcDeFgHiJkLmN",
      "R_6aBcDeFgHiJkLmN",
    ]);
    expect(screened.warnings).toEqual([
      "2 unfinished responses left out (Finished = False: 1; Response Type = Survey Preview: 1); 6 responses counted",
      '1 repeated submission left out (the same "Response ID" as an earlier row)',
    ]);
    // The table read is not changed.
    expect(table.rows).toHaveLength(9);
  });

  it("without a Finished column, Progress below 100 is unfinished; a blank Progress counts the response in", async () => {
    const table = await readTable("Progress,Score,Comment\n100,9,Great\n55,3,\n,8,Fine\n99.5,2,Slow\n");
    const screened = screenResponses(table);
    expect(screened.unfinished).toBe(2);
    expect(screened.table.rows.map((r) => r[1])).toEqual(["9", "8"]);
  });

  it("a status column: partial and disqualified responses are left out in the export's language", async () => {
    const table = await readTable("Status,Score\nComplete,9\nPartial,3\nDisqualified,1\nCompleted,7\n");
    expect(screenResponses(table).table.rows.map((r) => r[1])).toEqual(["9", "7"]);
    const german = await readTable("Status;Note\nvollständig;9\nteilweise;3\n", { delimiter: ";" });
    expect(screenResponses(german).unfinished).toBe(1);
  });

  it("a status column of tickets (open, solved) leaves nothing out", async () => {
    const table = await readTable(
      "Status,Description\nopen,Charged twice\nsolved,Booking lost\nclosed,Thanks\n",
    );
    expect(screenResponses(table)).toMatchObject({ unfinished: 0, duplicates: 0, warnings: [] });
  });

  it("without an id column, identical rows with the same timestamp are one submission sent twice", async () => {
    const table = await readTable(
      [
        "Timestamp,Score,Comment",
        "2026-03-02 09:23:00,9,Lovely staff",
        "2026-03-02 09:23:00,9,Lovely staff",
        "2026-03-02 09:25:00,9,Lovely staff",
      ].join("\n"),
    );
    const screened = screenResponses(table);
    expect(screened.duplicates).toBe(1);
    expect(screened.warnings).toEqual([
      "1 repeated submission left out (identical to an earlier row, timestamp included)",
    ]);
  });

  it("identical rows without a timestamp (two people giving the same answers) are both kept", async () => {
    const table = await readTable(
      "Stage,Score,Comment\nArrive,4,Waited 25 minutes past my time\nArrive,4,Waited 25 minutes past my time\n",
    );
    expect(screenResponses(table)).toMatchObject({ duplicates: 0, warnings: [] });
    expect(screenResponses(table).table).toBe(table);
  });

  it("a repeated customer id is no repeated submission (the same customer answers again next month)", async () => {
    const table = await readTable("Customer ID,Score\nC-1,9\nC-1,3\n");
    expect(screenResponses(table).duplicates).toBe(0);
  });
});
