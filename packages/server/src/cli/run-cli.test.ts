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
    const saved = process.env.JOURNEYKIT_SECRET;
    delete process.env.JOURNEYKIT_SECRET;
    try {
      const scaled = capture();
      expect((await runCli(["--redis", "redis://127.0.0.1:6379"], scaled.io)).code).toBe(2);
      expect(scaled.err[0]).toContain("--redis needs the same --secret");
    } finally {
      if (saved !== undefined) process.env.JOURNEYKIT_SECRET = saved;
    }
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

  it("without --secret or a passcode: makes both in the data folder, prints the passcode once, then never", async () => {
    const dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
    const saved = process.env.JOURNEYKIT_SECRET;
    delete process.env.JOURNEYKIT_SECRET;
    try {
      const first = capture();
      const started = await runCli(["--port", "0", "--host", "127.0.0.1", "--data", dir], first.io);
      await started.server?.close();
      const line = first.out.find((text) => text.startsWith("Facilitator passcode: "));
      const passcode = line?.slice("Facilitator passcode: ".length) ?? "";
      expect(passcode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
      expect(first.out).toContain(`  http://127.0.0.1:${started.server!.port}`);
      const second = capture();
      const again = await runCli(["--port", "0", "--host", "127.0.0.1", "--data", dir], second.io);
      await again.server?.close();
      expect(second.out.join("\n")).not.toContain(passcode);
      expect(second.out.join("\n")).not.toContain("Facilitator passcode");
      // The token command signs with the secret the server made, for scripts.
      const token = capture();
      expect(
        (await runCli(["token", "--data", dir, "--room", "r1", "--name", "A", "--role", "view"], token.io))
          .code,
      ).toBe(0);
      const changed = capture();
      expect((await runCli(["passcode", "--data", dir], changed.io)).code).toBe(0);
      const next = /New facilitator passcode: (\S+)/.exec(changed.out[0] ?? "")?.[1];
      expect(next).toMatch(/^\w{4}-\w{4}-\w{4}$/);
      expect(next).not.toBe(passcode);
    } finally {
      if (saved !== undefined) process.env.JOURNEYKIT_SECRET = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("token without any secret says where one comes from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
    const saved = process.env.JOURNEYKIT_SECRET;
    delete process.env.JOURNEYKIT_SECRET;
    try {
      const none = capture();
      expect(
        (await runCli(["token", "--data", dir, "--room", "r", "--name", "A", "--role", "edit"], none.io))
          .code,
      ).toBe(2);
      expect(none.err[0]).toContain("no secret");
    } finally {
      if (saved !== undefined) process.env.JOURNEYKIT_SECRET = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes the server's settings from the environment (a container's ENV); a flag given wins", async () => {
    const dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
    const names = ["JOURNEYKIT_PORT", "JOURNEYKIT_HOST", "JOURNEYKIT_DATA", "JOURNEYKIT_PUBLIC_URL"];
    const saved = names.map((name) => process.env[name]);
    Object.assign(process.env, {
      JOURNEYKIT_PORT: "0",
      JOURNEYKIT_HOST: "127.0.0.1",
      JOURNEYKIT_DATA: join(dir, "from-env"),
      JOURNEYKIT_PUBLIC_URL: "https://workshop.example.com",
    });
    const { io, out } = capture();
    const { server } = await runCli(["--secret", secret], io);
    try {
      expect(out[0]).toMatch(
        /^journeykit-server listening on http:\/\/127\.0\.0\.1:\d+ .*data in .*from-env$/,
      );
      expect(out).toContain("  https://workshop.example.com");
      const flagged = capture();
      const second = await runCli(["--secret", secret, "--data", join(dir, "from-flag")], flagged.io);
      await second.server?.close();
      expect(flagged.out[0]).toMatch(/data in .*from-flag$/);
    } finally {
      await server?.close();
      names.forEach((name, i) => {
        if (saved[i] === undefined) delete process.env[name];
        else process.env[name] = saved[i];
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("health exits 0 while the server answers /health, 1 once it is gone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "journeykit-cli-"));
    const { server } = await runCli(
      ["--port", "0", "--host", "127.0.0.1", "--data", dir, "--secret", secret],
      capture().io,
    );
    const port = String(server!.port);
    try {
      const up = capture();
      expect((await runCli(["health", "--port", port], up.io)).code).toBe(0);
      expect(up.out[0]).toBe(`ok: http://127.0.0.1:${port}/health`);
    } finally {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const down = capture();
    expect((await runCli(["health", "--port", port], down.io)).code).toBe(1);
    expect(down.err[0]).toContain("does not answer");
  });
});
