import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScreenErrorBoundary } from "./ScreenErrorBoundary";

function Broken(): never {
  throw new TypeError("crypto.randomUUID is not a function");
}

afterEach(() => vi.restoreAllMocks());

describe("<ScreenErrorBoundary>", () => {
  it("shows what failed and a way back instead of a blank page", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ScreenErrorBoundary>
        <Broken />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toMatch(
      /Something went wrong on this screen\. crypto\.randomUUID is not a function/,
    );
    expect(screen.getByRole("link", { name: "Back to all maps" }).getAttribute("href")).toBe("#/");
    expect(screen.getByRole("button", { name: "Reload" })).toBeTruthy();
  });

  it("renders the screen when nothing fails", () => {
    render(
      <ScreenErrorBoundary>
        <p>the map</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText("the map")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
