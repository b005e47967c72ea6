import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { mapToDoc } from "@journeykit/collab";
import { createJourneyMap } from "@journeykit/core";
import { it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { signRoomToken } from "../src/tokens/room-token.js";
import { SECRET, tempDataDir } from "../test/room-client.js";
import { freePort, killHard, spawnServer } from "../test/server-process.js";

// 50 simulated participants x 100 edits on one room, against journeykit-server and, in the same run, a
// bare Hocuspocus echo room (no extensions, no auth) with the same clients. Edit-to-all-clients latency
// is the time from a card written on one client to the moment the last other client has it.
const CLIENT_COUNT = Number(process.env.JK_BENCH_CLIENTS ?? 50);
const EDIT_COUNT = Number(process.env.JK_BENCH_EDITS ?? 100);
/** Each client edits every this many ms (staggered): 50 clients -> 500 edits/s into the room. */
const INTERVAL_MS = 100;

const BARE = fileURLToPath(new URL("./bare-hocuspocus.mjs", import.meta.url));

function spawnBare(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BARE, String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening on")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`bare hocuspocus exited with ${code}`)));
  });
}

/** Resident memory of a process, now and at its peak (MB), from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

interface Figures {
  median: number;
  p95: number;
  lost: number;
  rss: number;
  peak: number;
  seconds: number;
}

async function runRoom(
  url: string,
  room: string,
  token: (i: number) => Promise<string>,
  pid: number,
  clients = CLIENT_COUNT,
  edits = EDIT_COUNT,
): Promise<Figures> {
  const sentAt = new Map<string, number>();
  const seenBy = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  const providers: HocuspocusProvider[] = [];
  const docs: Y.Doc[] = [];
  for (let i = 0; i < clients; i++) {
    const doc = new Y.Doc();
    const clientToken = await token(i);
    const synced = new Promise<void>((resolve, reject) => {
      providers.push(
        new HocuspocusProvider({
          url,
          name: room,
          token: clientToken,
          document: doc,
          WebSocketPolyfill: WebSocket,
          onSynced: () => resolve(),
          onAuthenticationFailed: ({ reason }: { reason: string }) => reject(new Error(reason)),
        } as unknown as ConstructorParameters<typeof HocuspocusProvider>[0]),
      );
    });
    await synced;
    if (i === 0) mapToDoc(createJourneyMap({ id: "map", title: "Bench" }), doc);
    doc.getMap<Y.Map<unknown>>("cards").observe((event) => {
      const now = performance.now();
      for (const id of event.keysChanged) {
        if (!sentAt.has(id) || doc.getMap("cards").get(id) === undefined) continue;
        const count = (seenBy.get(id) ?? 0) + 1;
        seenBy.set(id, count);
        if (count === clients - 1) lastSeen.set(id, now);
      }
    });
    docs.push(doc);
  }
  const started = performance.now();
  const lane = "lane";
  await Promise.all(
    docs.map(async (doc, client) => {
      await new Promise((resolve) => setTimeout(resolve, (INTERVAL_MS * client) / clients));
      for (let n = 0; n < edits; n++) {
        const id = `card-${client}-${n}`;
        sentAt.set(id, performance.now());
        doc.getMap<Y.Map<unknown>>("cards").set(
          id,
          new Y.Map<unknown>([
            ["id", id],
            ["laneId", lane],
            ["stageId", "stage"],
            ["text", `edit ${n} by ${client}`],
            ["order", `a${client}-${n}`],
          ]),
        );
        await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      }
    }),
  );
  const deadline = Date.now() + 30_000;
  while (lastSeen.size < sentAt.size && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const seconds = (performance.now() - started) / 1000;
  const memory = memoryOf(pid);
  const latencies = [...lastSeen].map(([id, at]) => at - sentAt.get(id)!).sort((a, b) => a - b);
  const lost = docs.reduce((missing, doc) => missing + (sentAt.size - doc.getMap("cards").size), 0);
  for (const provider of providers) provider.destroy();
  return { median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), lost, ...memory, seconds };
}

it(`one room, ${CLIENT_COUNT} clients x ${EDIT_COUNT} edits: journeykit-server beside a bare Hocuspocus echo room`, async () => {
  const data = tempDataDir();
  const jkPort = await freePort();
  const journeykit = await spawnServer([
    "--port",
    String(jkPort),
    "--host",
    "127.0.0.1",
    "--data",
    data.dir,
    "--secret",
    SECRET,
  ]);
  const barePort = await freePort();
  const bare = await spawnBare(barePort);
  try {
    // A discarded warm-up room on the baseline server, so neither measured run pays for cold client code.
    await runRoom(`ws://127.0.0.1:${barePort}`, "warm-up", async () => "none", bare.pid!, 10, 10);
    const ours = await runRoom(
      `ws://127.0.0.1:${jkPort}`,
      "bench",
      (i) => signRoomToken({ room: "bench", name: `p${i}`, role: "edit" }, SECRET, "1h"),
      journeykit.pid!,
    );
    const base = await runRoom(`ws://127.0.0.1:${barePort}`, "bench", async () => "none", bare.pid!);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(26)} ${f.median.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${String(f.lost).padStart(7)} ${f.rss.toFixed(0).padStart(8)} ${f.peak.toFixed(0).padStart(9)} ${f.seconds.toFixed(1).padStart(7)}`;
    console.log(
      [
        `room bench: ${CLIENT_COUNT} clients x ${EDIT_COUNT} edits (one card each, every ${INTERVAL_MS} ms per client), latency = edit to last other client; missing = card copies not arrived 30 s after the last edit`,
        `${"server".padEnd(26)} ${"median ms".padStart(8)} ${"p95 ms".padStart(8)} ${"missing".padStart(7)} ${"RSS MB".padStart(8)} ${"peak MB".padStart(9)} ${"run s".padStart(7)}`,
        row("journeykit-server", ours),
        row("bare Hocuspocus (baseline)", base),
      ].join("\n"),
    );
  } finally {
    await killHard(journeykit);
    await killHard(bare);
    data.remove();
  }
});
