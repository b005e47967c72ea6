import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyRoomToken } from "../tokens/room-token.js";
import { runCli } from "./run-cli.js";

const secret = "cli-secret-for-journeykit-tests";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe("journeykit-server CLI", () => {
  it("token prints a signed room token with the given room, name, role and ttl", async () => {
    const { io, out } = capture();
    const args = [
      "token",
      "--secret",
      secret,
      "--room",
      "w42",
      "--name",
      "Ana",
      "--role",
      "view",
      "--ttl",
      "2h",
    ];
    expect((await runCli(args, io)).code).toBe(0);
    expect(await verifyRoomToken(out[0], secret, "w42")).toEqual({ room: "w42", name: "Ana", role: "view" });
    const [, payload] = out[0]!.split(".");
    const { iat, exp } = JSON.parse(Buffer.from(payload!, "base64url").toString());
    expect(exp - iat).toBe(2 * 3600);
  });

  it("token --facilitator prints the facilitator's edit token; with --role view it is refused", async () => {
    const host = capture();
    const base = ["token", "--secret", secret, "--room", "w42", "--name", "Ana", "--facilitator"];
    expect((await runCli([...base, "--role", "edit"], host.io)).code).toBe(0);
    expect(await verifyRoomToken(host.out[0], secret, "w42")).toEqual({
      room: "w42",
      name: "Ana",
      role: "edit",
      facilitator: true,
    });
    const viewer = capture();
    expect((await runCli([...base, "--role", "view"], viewer.io)).code).toBe(2);
    expect(viewer.err[0]).toBe(
      "journeykit-server: --facilitator needs --role edit: a facilitator edits the map",
    );
  });

  it("names the flag that is wrong, with the usage, and exits 2", async () => {
    const bad = capture();
    expect(
      (
        await runCli(
          ["token", "--secret", secret, "--room", "w42", "--name", "Ana", "--role", "admin"],
          bad.io,
        )
      ).code,
    ).toBe(2);
    expect(bad.err[0]).toBe("journeykit-server: --role admin: expected edit or view");
    expect(bad.err[1]).toContain("Usage:");
    const missing = capture();
    expect(
      (await runCli(["token", "--secret", secret, "--name", "Ana", "--role", "edit"], missing.io)).code,
    ).toBe(2);
    expect(missing.err[0]).toContain("--room is required");
    const port = capture();
    expect((await runCli(["--port", "99999", "--secret", secret], port.io)).code).toBe(2);
    expect(port.err[0]).toContain("--port 99999");
  });

  it("starts the server with --port --data --secret and reports where it listens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
    const { io, out } = capture();
    const { code, server } = await runCli(
      ["--port", "0", "--host", "127.0.0.1", "--data", dir, "--secret", secret],
      io,
    );
    try {
      expect(code).toBe(0);
      expect(out[0]).toMatch(/^journeykit-server listening on http:\/\/127\.0\.0\.1:\d+ /);
      expect((await fetch(`${server!.url}/health`)).status).toBe(200);
    } finally {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
