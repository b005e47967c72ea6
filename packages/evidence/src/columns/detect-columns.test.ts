import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bistroMap, fixture } from "../../test/bistro-map.js";
import {
  GOOGLE_REVIEWS,
  QUALTRICS,
  SPANISH_GOOGLE_FORMS,
  TRUSTPILOT,
  ZENDESK,
} from "../../test/privacy-exports.js";
import { readTable } from "../table/read-table.js";
import { correctMapping } from "./column-mapping.js";
import { detectColumns } from "./detect-columns.js";

const roles = async (file: string, map = bistroMap()) => {
  const table = await readTable(fixture(file));
  return detectColumns(table, map).columns.map((c) => c.role);
};

describe("detectColumns", () => {
  it("Google Forms: date, NPS, CSAT, stage (names of the map), comment", async () => {
    const table = await readTable(fixture("google-forms.csv"));
    const { columns } = detectColumns(table, bistroMap());
    expect(columns.map((c) => c.role)).toEqual(["date", "nps", "csat", "stage", "comment"]);
    expect(columns[1]).toMatchObject({ scale: { min: 0, max: 10 }, confidence: 0.95 });
    expect(columns[1]?.reason).toMatch(/recommending/);
    expect(columns[3]?.reason).toBe("100% of answers name a stage of the map");
  });

  it("SurveyMonkey: metadata ignored, satisfaction questions about one stage carry it, visitor type as segment", async () => {
    const table = await readTable(fixture("surveymonkey.csv"));
    const { columns } = detectColumns(table, bistroMap());
    expect(columns.map((c) => c.role)).toEqual([
      "ignore",
      "ignore",
      "date",
      "date",
      "ignore",
      "ignore",
      "nps",
      "csat",
      "csat",
      "segment",
      "comment",
    ]);
    expect(columns[4]).toMatchObject({
      personal: "ip",
      reason: "personal data: IP addresses — never read as text",
    });
    expect(columns[5]).toMatchObject({ role: "ignore", personal: "email" });
    expect(columns[7]?.stageId).toBe("order");
    expect(columns[8]?.stageId).toBe("pay");
  });

  it("Typeform: CES from an ease question about booking; Qualtrics: CES about paying", async () => {
    const typeform = detectColumns(await readTable(fixture("typeform.csv")), bistroMap()).columns;
    expect(typeform[1]).toMatchObject({ role: "ces", scale: { min: 1, max: 7 }, stageId: "book" });
    expect(await roles("qualtrics.csv")).toEqual([
      "date",
      "date",
      "ignore",
      "ignore",
      "ignore",
      "ignore",
      "ignore",
      "date",
      "ignore",
      "nps",
      "ces",
      "comment",
    ]);
  });

  it("reviews: date, stars, and the title read with the review text as one quote", async () => {
    const { columns } = detectColumns(await readTable(fixture("reviews.csv")));
    expect(columns.map((c) => c.role)).toEqual(["date", "stars", "comment", "comment"]);
    expect(columns[2]?.reason).toMatch(/title — text/);
  });

  it("mixed 1-5 and 1-10 answers: read as 1-5, the reason says so", async () => {
    const table = await readTable(fixture("messy-semicolon-windows1252.csv"));
    const satisfaction = detectColumns(table).columns[1]!;
    expect(satisfaction).toMatchObject({ role: "csat", scale: { min: 1, max: 5 } });
    expect(satisfaction.reason).toMatch(/mixed scales/);
    expect(detectColumns(table).columns[2]).toMatchObject({ role: "ignore" });
  });

  it("numbers without a header hint get a low confidence", async () => {
    const table = await readTable("q1,q2\n0,1\n10,5\n7,3\n9,2\n");
    const { columns } = detectColumns(table);
    expect(columns[0]).toMatchObject({ role: "nps", confidence: 0.5 });
    expect(columns[1]).toMatchObject({ role: "csat", confidence: 0.5 });
  });

  it("the user corrects a column by header or index; a wrong one is named", async () => {
    const table = await readTable(fixture("reviews.csv"));
    const mapping = correctMapping(detectColumns(table), [
      { header: "title", role: "comment" },
      { index: 1, role: "csat", scale: { min: 1, max: 5 } },
    ]);
    expect(mapping.columns[2]).toMatchObject({ role: "comment", confidence: 1, reason: "set by the user" });
    expect(mapping.columns[1]).toMatchObject({ role: "csat" });
    expect(() => correctMapping(mapping, [{ header: "nope", role: "nps" }])).toThrow(
      'columns[0]: no column with header "nope"',
    );
    expect(() => correctMapping(mapping, [{ index: 0, role: "vibes" as "nps" }])).toThrow(
      /columns\[0\]\.role/,
    );
  });

  it("never throws on arbitrary text, and gives every column a role (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 400 }),
        fc.constantFrom(",", ";", "\t"),
        async (text, delimiter) => {
          let table: Awaited<ReturnType<typeof readTable>>;
          try {
            table = await readTable(text, { delimiter });
          } catch (error) {
            // Refusals are clear errors, never crashes of another kind.
            expect((error as Error).message).toMatch(/no rows found|no header row/);
            return;
          }
          for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
          const { columns } = detectColumns(table, bistroMap());
          expect(columns).toHaveLength(table.headers.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          const table = await readTable(bytes);
          detectColumns(table);
        } catch (error) {
          expect((error as Error).message).toMatch(/no rows found|no header row|not a readable .xlsx/);
        }
      }),
      { numRuns: 300 },
    );
  });

  describe("columns that protect people", () => {
    const detect = async (csv: string) => detectColumns(await readTable(csv), bistroMap()).columns;
    const byHeader = (columns: Awaited<ReturnType<typeof detect>>) =>
      Object.fromEntries(columns.map((c) => [c.header, c.personal ?? c.role]));

    it("a Google-reviews-like export: the reviewer column holds names, never comments; the owner's replies are no text", async () => {
      const columns = await detect(GOOGLE_REVIEWS);
      expect(byHeader(columns)).toEqual({
        reviewer_name: "name",
        rating: "stars",
        text: "comment",
        published_at: "date",
        review_id: "id",
        owner_response: "ignore",
      });
      expect(columns[0]).toMatchObject({
        role: "ignore",
        reason: "personal data: names of people — never read as text",
      });
      expect(columns[5]?.reason).toMatch(/replies/);
    });

    it('a "Reviewer" column holding names is not a comment, though its header says "review"', async () => {
      const columns = await detect(
        "Reviewer,Stars,Review\nMaria García,5,Lovely food and a friendly waiter\nJohn Doherty,2,We waited forty minutes for the bill\nLena Vogel,4,Nice evening\n",
      );
      expect(columns.map((c) => c.personal ?? c.role)).toEqual(["name", "stars", "comment"]);
    });

    it("a Trustpilot-like export: title and content make one quote; ids, language, links, source, replies, e-mail and name are no text", async () => {
      const columns = await detect(TRUSTPILOT);
      expect(byHeader(columns)).toEqual({
        "Review Created (UTC)": "date",
        "Review Consumer User Id": "id",
        "Review Title": "comment",
        "Review Content": "comment",
        "Review Stars": "stars",
        "Source Of Review": "ignore",
        "Review Language": "ignore",
        "Domain URL": "ignore",
        "Webshop Name": "segment",
        "Business Unit Id": "id",
        "Company Reply Date (UTC)": "ignore",
        "Reply Content": "ignore",
        "Consumer Email": "email",
        "Consumer Name": "name",
        "Reference Id": "id",
      });
    });

    it("a Zendesk-like export: requester, requester e-mail, assignee and ticket id are personal; subject and description make one quote", async () => {
      const columns = await detect(ZENDESK);
      expect(byHeader(columns)).toMatchObject({
        Id: "id",
        Subject: "comment",
        Description: "comment",
        Requester: "name",
        "Requester email": "email",
        Assignee: "name",
        "Created at": "date",
      });
    });

    it("a Spanish Google Forms export: e-mail, name, phone, address and postal code by their Spanish headers", async () => {
      const columns = await detect(SPANISH_GOOGLE_FORMS);
      expect(columns.slice(1).map((c) => c.personal ?? c.role)).toEqual([
        "stage",
        "email",
        "name",
        "phone",
        "address",
        "address",
        "nps",
        "comment",
      ]);
      expect(columns[2]?.reason).toBe("personal data: e-mail addresses — never read as text");
    });

    it("a Qualtrics export: metadata, recipient, NPS group, display order, Text iQ and Other-text columns are neither ratings nor comments", async () => {
      const table = await readTable(QUALTRICS);
      expect(table.headers[18]).toBe(
        "How likely are you to recommend Bistro Nova to a friend? (Q1_NPS_GROUP)",
      );
      const columns = detectColumns(table, bistroMap()).columns;
      expect(columns.filter((c) => c.role === "nps").map((c) => c.header)).toEqual([
        "How likely are you to recommend Bistro Nova to a friend?",
      ]);
      expect(columns.filter((c) => c.role === "comment").map((c) => c.header)).toEqual([
        "Please tell us more about your visit.",
      ]);
      expect(columns.map((c) => c.personal ?? c.role)).toEqual([
        "date",
        "date",
        "ignore",
        "ip",
        "ignore",
        "ignore",
        "ignore",
        "date",
        "id",
        "name",
        "name",
        "email",
        "id",
        "address",
        "address",
        "ignore",
        "ignore",
        "nps",
        "ignore",
        "ignore",
        "comment",
        "ignore",
        "segment",
        "ignore",
      ]);
      const reason = (i: number) => columns[i]?.reason ?? "";
      expect(reason(6)).toMatch(/unfinished ones are left out/);
      expect(reason(4)).toMatch(/below 100 is left out/);
      expect(reason(5)).toMatch(/time taken/);
      expect(reason(18)).toMatch(/NPS group codes/);
      expect(reason(21)).toMatch(/analysis the survey tool made/);
      expect(reason(23)).toMatch(/"Other" option/);
    });

    it.each([
      ["E-Mail-Adresse", "jo@example.de", "email"],
      ["Adresse e-mail", "jo@example.fr", "email"],
      ["Endereço de e-mail", "jo@example.pt", "email"],
      ["Indirizzo email", "jo@example.it", "email"],
      ["E-mailadres", "jo@example.nl", "email"],
      ["RecipientEmail", "jo@example.com", "email"],
      ["Vorname", "Lena", "name"],
      ["Nachname", "Vogel", "name"],
      ["Prénom", "Léa", "name"],
      ["Nome", "Giulia", "name"],
      ["Achternaam", "de Vries", "name"],
      ["Author", "Jo Brandt", "name"],
      ["Telefon", "+49 176 12345678", "phone"],
      ["Numéro de téléphone", "06 12 34 56 78", "phone"],
      ["Adresse", "Hauptstraße 5, Berlin", "address"],
      ["Código postal", "28013", "address"],
      ["Postcode", "1012 AB", "address"],
      ["IP Address", "203.0.113.9", "ip"],
      ["ResponseId", "R_0abcDEF", "id"],
      ["ExternalReference", "CUST-17", "id"],
      ["Kundennummer", "K-4471", "id"],
    ])("%s is personal data (%s)", async (header, value, kind) => {
      const csv = `${header},Comment\n${value},The soup was cold and the waiter slow\n${value},Lovely evening\n`;
      expect((await detect(csv))[0]).toMatchObject({ role: "ignore", personal: kind });
    });

    it.each([
      ["e-mail addresses", ["ana@example.es", "jo@mail.example.co.uk", "li@shop.consulting"], "email"],
      ["phone numbers", ["+34 612 345 678", "0176 12345678", "(555) 123-4567"], "phone"],
      ["IP addresses", ["203.0.113.9", "198.51.100.7", "2001:db8::1"], "ip"],
      ["ids", ["R_0abcDEF1", "R_0abcDEF2", "R_0abcDEF3"], "id"],
      ["names", ["Maria García", "John D.", "Jo van der Berg"], "name"],
    ])("a column without a telling header, judged by its answers: %s", async (_, values, kind) => {
      const csv = `Q7,Comment\n${values.map((v) => `"${v}",The waiter was slow and the soup cold`).join("\n")}\n`;
      expect((await detect(csv))[0]).toMatchObject({ role: "ignore", personal: kind });
    });

    it("names by their answers only where the header asks for no text: capitalised titles stay comments", async () => {
      const columns = await detect(
        "Title,Visitor\nBest Pizza Ever,Regular\nGreat Food Here,Regular\nSlow Service Tonight,Tourist\nNever Again,Regular\n",
      );
      expect(columns.map((c) => c.personal ?? c.role)).toEqual(["comment", "segment"]);
    });

    it("a header naming personal data whose answers do not fit it is read as usual (a mobile-app rating)", async () => {
      const columns = await detect("Mobile app rating,Comment\n4,Easy to book\n5,Quick\n2,Crashed twice\n");
      expect(columns[0]).toMatchObject({ role: "stars" });
      expect(columns[0]?.personal).toBeUndefined();
    });
  });
});
