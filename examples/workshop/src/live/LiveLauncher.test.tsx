import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveLauncher } from "./LiveLauncher";

afterEach(() => vi.unstubAllGlobals());

describe("<LiveLauncher>", () => {
  it("is one short button in the top bar that opens the Start live session dialog, and Cancel closes it", async () => {
    vi.stubGlobal("fetch", async () => new Response("<!doctype html>"));
    render(<LiveLauncher mapId="map-1" />);
    const button = screen.getByRole("button", { name: "Live session…" });
    expect(button.textContent?.trim()).toBe("Live");
    fireEvent.click(button);
    expect(await screen.findByRole("dialog", { name: "Start live session" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
