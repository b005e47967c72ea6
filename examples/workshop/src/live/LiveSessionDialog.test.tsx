import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LiveSessionDialog } from "./LiveSessionDialog";
import { parseLiveLink } from "./live-link";

describe("<LiveSessionDialog>", () => {
  it("builds the join link and its QR code from the server, room and token, and starts as facilitator", async () => {
    const onClose = vi.fn();
    render(<LiveSessionDialog mode="start" mapId="map-1" onClose={onClose} />);
    const start = screen.getByRole("button", { name: "Start live session" }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Server"), { target: { value: "ws://10.0.0.5:1234" } });
    fireEvent.change(screen.getByLabelText("Room"), { target: { value: "bad room!" } });
    expect(screen.getByText(/Letters, digits/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Room"), { target: { value: "team-7" } });
    fireEvent.change(screen.getByLabelText("Edit token"), { target: { value: "tok" } });
    const join = screen.getByRole("textbox", { name: "Join link" }) as HTMLInputElement;
    expect(parseLiveLink(new URL(join.value).hash)).toEqual({
      server: "ws://10.0.0.5:1234",
      room: "team-7",
      token: "tok",
      facilitator: false,
    });
    await waitFor(() => expect(screen.getByRole("img", { name: "QR code of the join link" })).toBeTruthy());
    fireEvent.click(start);
    expect(parseLiveLink(window.location.hash)).toEqual({
      server: "ws://10.0.0.5:1234",
      room: "team-7",
      token: "tok",
      facilitator: true,
      map: "map-1",
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("Copy link copies where the clipboard exists, and over plain http (no clipboard) selects the link and says so", async () => {
    const fill = () => {
      fireEvent.change(screen.getByLabelText("Server"), { target: { value: "ws://10.0.0.5:1234" } });
      fireEvent.change(screen.getByLabelText("Room"), { target: { value: "team-7" } });
      fireEvent.change(screen.getByLabelText("Edit token"), { target: { value: "tok" } });
    };
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const first = render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Copied" })).toBeTruthy());
    const join = screen.getByRole("textbox", { name: "Join link" }) as HTMLInputElement;
    expect(writeText).toHaveBeenCalledWith(join.value);
    first.unmount();

    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<LiveSessionDialog mode="start" onClose={() => {}} />);
    fill();
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/press Ctrl\+C/));
    const link = screen.getByRole("textbox", { name: "Join link" }) as HTMLInputElement;
    expect(document.activeElement).toBe(link);
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
    expect(screen.queryByRole("button", { name: "Copied" })).toBeNull();
    vi.unstubAllGlobals();
  });
});
