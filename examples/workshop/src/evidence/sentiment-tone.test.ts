import { describe, expect, it } from "vitest";
import { sentimentTone } from "./sentiment-tone";

describe("sentimentTone", () => {
  it("calls a sentiment near zero neutral", () => {
    expect(sentimentTone(-0.4)).toBe("negative");
    expect(sentimentTone(0.03)).toBe("neutral");
    expect(sentimentTone(undefined)).toBe("neutral");
    expect(sentimentTone(0.5)).toBe("positive");
  });
});
