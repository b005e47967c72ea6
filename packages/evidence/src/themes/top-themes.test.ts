import { describe, expect, it } from "vitest";
import { mentionsTheme, topThemes } from "./top-themes.js";

describe("topThemes", () => {
  it("counts each comment once per term, leaves stopwords out, averages sentiment", () => {
    const themes = topThemes([
      { text: "The soup was cold, cold, cold", sentiment: -0.6 },
      { text: "Cold soup again", sentiment: -0.4 },
      { text: "Lovely staff", sentiment: 0.8 },
      { text: "The staff were lovely", sentiment: 0.6 },
    ]);
    expect(themes).toContainEqual({ term: "cold", count: 2, meanSentiment: -0.5 });
    expect(themes).toContainEqual({ term: "soup", count: 2, meanSentiment: -0.5 });
    expect(themes.map((t) => t.term)).not.toContain("the");
  });

  it("a phrase stands for its words when it covers most of their mentions", () => {
    const comments = [
      "card declined",
      "my card declined twice",
      "card declined at the till",
      "nice card",
    ].map((text) => ({ text, sentiment: -0.3 }));
    const themes = topThemes(comments);
    expect(themes[0]).toMatchObject({ term: "card declined", count: 3 });
    expect(themes.map((t) => t.term)).not.toContain("declined");
  });

  it("German stopwords for German comments", () => {
    const themes = topThemes(
      [
        { text: "Das Essen war kalt", sentiment: -0.3 },
        { text: "Das Essen kam kalt", sentiment: -0.3 },
      ],
      { language: "de" },
    );
    expect(themes.map((t) => t.term)).toEqual(["essen", "kalt"]);
    expect(themes.map((t) => t.term)).not.toContain("das");
  });

  it("mentionsTheme reads words the same way", () => {
    expect(mentionsTheme("Card declined!", "card declined")).toBe(true);
    expect(mentionsTheme("Cardiff", "card")).toBe(false);
  });
});
