// The Dockerfile's image, run as Docker would run it: its ENTRYPOINT + CMD with its ENV, against an empty
// data folder in place of its VOLUME, and its HEALTHCHECK. Where no container runtime answers (this
// machine, most CI runners) the same command runs as a process in the built package; where one does,
// the image itself is also built and started. The commands are read from the Dockerfile, so the test
// breaks when the image's entry point and `npx @journeykit/server` part ways.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SERVED_APP_MARKER } from "../src/app/serve-app.js";
import { PASSCODE_FILE } from "../src/passcode/passcode-file.js";
import { SECRET_FILE } from "../src/secret/data-secret.js";
import { runtimeStage } from "./dockerfile.js";
import { tempDataDir, waitFor } from "./room-client.js";
import { freePort, processesUnderTest } from "./server-process.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGE = fileURLToPath(new URL("../", import.meta.url));
const stage = runtimeStage(readFileSync(join(REPO, "Dockerfile"), "utf8"));
const { bin } = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as {
  bin: Record<string, string>;
};
const { running, folders } = processesUnderTest();

/** The image's paths, on this machine: its WORKDIR is the server package (what `pnpm deploy` copies). */
function onThisMachine(argument: string): string {
  if (!stage.workdir || !argument.startsWith(`${stage.workdir}/`)) return argument;
  return join(PACKAGE, argument.slice(stage.workdir.length + 1));
}

/** A process of `command` as the image runs it: `node` is this Node, the WORKDIR the package. */
function run(command: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [program, ...args] = command;
  return spawn(program === "node" ? process.execPath : program!, args.map(onThisMachine), {
    cwd: PACKAGE,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The page's first script, so the test asks for a file of the app as well as its index. */
const firstScript = (html: string) => /<script[^>]+src="([^"]+)"/.exec(html)?.[1];

describe("the Dockerfile", () => {
  it("runs the package's own bin as a non-root user, with its data in the volume and its port exposed", () => {
    expect(stage.from).toMatch(/^node:\$\{NODE_VERSION\}-slim$/);
    expect(readFileSync(join(REPO, "Dockerfile"), "utf8")).toMatch(/^ARG NODE_VERSION=20$/m);
    expect(stage.user).toBeTruthy();
    expect(stage.user).not.toMatch(/^(root|0)(:|$)/);
    expect(stage.volumes).toEqual([stage.env.JOURNEYKIT_DATA]);
    expect(stage.exposed).toEqual([Number(stage.env.JOURNEYKIT_PORT)]);
    // `npx @journeykit/server` runs the package's bin: the image runs the same file.
    const [program, script, ...rest] = stage.command;
    expect(program).toBe("node");
    expect(rest).toEqual([]);
    expect(posix.normalize(script!)).toBe(posix.normalize(bin["journeykit-server"]!));
    expect(stage.healthcheck).toEqual(["node", script, "health"]);
  });

  it("its command serves the app and answers /health and its health check, with its data in the volume", async () => {
    if (!existsSync(join(PACKAGE, "app", "index.html")))
      throw new Error("packages/server/app is missing: build the workshop and the server (pnpm build)");
    const data = tempDataDir();
    folders.push(data.remove);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...stage.env,
      // The volume and the port, as `-v` and `-p` would give them; and loopback only, in a test.
      JOURNEYKIT_DATA: data.dir,
      JOURNEYKIT_PORT: String(port),
      JOURNEYKIT_HOST: "127.0.0.1",
    };
    const server = run(stage.command, env);
    running.push(server);
    let printed = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
    });
    server.stderr!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
    });
    await waitFor("the server to start", () => printed.includes("Facilitator passcode:"), 30_000);
    // `docker logs` shows the passcode of a fresh volume, once; the volume keeps it and the secret.
    expect(printed).toMatch(/Facilitator passcode: \w{4}-\w{4}-\w{4}/);
    expect(existsSync(join(data.dir, PASSCODE_FILE))).toBe(true);
    expect(existsSync(join(data.dir, SECRET_FILE))).toBe(true);

    const check = run(stage.healthcheck!, env);
    const healthy = await new Promise<number | null>((resolve) => check.once("exit", resolve));
    expect(healthy).toBe(0);

    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ ok: true });
    const index = await fetch(`${base}/`);
    const html = await index.text();
    expect(index.status).toBe(200);
    expect(html).toContain(SERVED_APP_MARKER);
    const script = firstScript(html);
    expect(script).toMatch(/^\/assets\/.+\.js$/);
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");

    // `docker stop` sends SIGTERM: the server stores its rooms and exits 0.
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    const after = run(stage.healthcheck!, env);
    expect(await new Promise<number | null>((resolve) => after.once("exit", resolve))).toBe(1);
  });
});

const containerRuntime = spawnSync("docker", ["info"], { stdio: "ignore", timeout: 10_000 }).status === 0;

describe.runIf(containerRuntime)("the image, where a container runtime answers", () => {
  it("builds, turns healthy and serves the app", { timeout: 30 * 60_000 }, async () => {
    const tag = "journeykit-server:container-entry-test";
    const build = spawnSync("docker", ["build", "-t", tag, relative(process.cwd(), REPO) || "."], {
      stdio: "inherit",
      timeout: 25 * 60_000,
    });
    expect(build.status).toBe(0);
    const port = await freePort();
    const name = `journeykit-test-${port}`;
    const started = spawnSync("docker", ["run", "-d", "--name", name, "-p", `127.0.0.1:${port}:4455`, tag]);
    expect(started.status).toBe(0);
    try {
      const health = () =>
        spawnSync("docker", ["inspect", "--format", "{{.State.Health.Status}}", name])
          .stdout.toString()
          .trim();
      // The first check runs one interval (30 s) after the start.
      for (let waited = 0; health() !== "healthy"; waited += 1) {
        if (waited > 120) throw new Error(`the container is ${health()} after 2 minutes`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(html).toContain(SERVED_APP_MARKER);
      const logs = spawnSync("docker", ["logs", name]).stdout.toString();
      expect(logs).toMatch(/Facilitator passcode: \w{4}-\w{4}-\w{4}/);
      expect(spawnSync("docker", ["exec", name, "id", "-u"]).stdout.toString().trim()).not.toBe("0");
    } finally {
      spawnSync("docker", ["rm", "-f", "-v", name]);
    }
  });
});
