import { describe, expect, it } from "vitest";
import { TRUSTPILOT } from "../../test/privacy-exports.js";
import { detectColumns } from "../columns/detect-columns.js";
import { readTable } from "../table/read-table.js";
import { maskedCell, maskPersonalCells } from "./mask-personal-cells.js";

describe("maskPersonalCells", () => {
  it("masks the columns of personal data and redacts the rest", async () => {
    const table = await readTable(
      "Name,Email,Comment\nMaria García,maria@example.es,Call me on +34 612 345 678\nJohn Doherty,,Fine\n",
    );
    expect(maskPersonalCells(table.rows, detectColumns(table))).toEqual([
      [maskedCell("name"), maskedCell("email"), "Call me on [phone]"],
      [maskedCell("name"), "", "Fine"],
    ]);
    expect(maskedCell("email")).toBe("••• personal data (e-mail)");
  });

  it("a Trustpilot-like export: no e-mail, name or id left in any cell", async () => {
    const table = await readTable(TRUSTPILOT);
    const shown = maskPersonalCells(table.rows, detectColumns(table)).flat().join("\n");
    for (const hidden of [
      "maria.garcia@example.es",
      "Maria García",
      "5f8a1c2e9b7d4a0012ab34cd",
      "ORD-778812",
    ])
      expect(shown).not.toContain(hidden);
    expect(shown).toContain("Paying took twenty minutes, the card machine was broken");
  });

  it("a name of the row's name column is hidden wherever else it appears in the row", async () => {
    const table = await readTable(
      'Reviewer,Review,Owner reply\nMaria de la Cruz,Lovely de luxe dessert,"Dear Maria, thank you! Ms Cruz, see you"\n',
    );
    expect(maskPersonalCells(table.rows, detectColumns(table))[0]).toEqual([
      maskedCell("name"),
      "Lovely de luxe dessert",
      "Dear [name], thank you! Ms [name], see you",
    ]);
  });
});
