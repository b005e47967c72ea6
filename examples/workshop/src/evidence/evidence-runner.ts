import type { JourneyMap } from "@journeykit/core";
import type { ColumnMapping, EvidenceAnalysis, MentionRule } from "@journeykit/evidence";
import type { EvidenceRequest, EvidenceResponse, TableSummary } from "./evidence-session";

/** Reads a file and analyses it for a mapping, somewhere other than the page's main thread. */
export interface EvidenceRunner {
  read(
    file: File,
    map: JourneyMap,
    onProgress: (fraction: number, rows: number) => void,
  ): Promise<TableSummary>;
  analyze(
    map: JourneyMap,
    mapping: ColumnMapping,
    rules: MentionRule[],
    sourceName: string,
  ): Promise<EvidenceAnalysis>;
  dispose(): void;
}

type Pending = {
  resolve: (response: EvidenceResponse) => void;
  onProgress?: (fraction: number, rows: number) => void;
};

/**
 * A runner over anything that takes requests and posts responses: the Web Worker in the app, the
 * session itself in tests. Answers are matched to requests by id; an error response rejects, and so
 * does every waiting request when the other side fails as a whole (`onFailure`: a worker that crashed
 * or could not load).
 */
export function createRunner(
  send: (request: EvidenceRequest, transfer: Transferable[]) => void,
  listen: (onResponse: (response: EvidenceResponse) => void, onFailure: (message: string) => void) => void,
  dispose: () => void,
): EvidenceRunner {
  let next = 1;
  const pending = new Map<number, Pending>();
  const failAll = (message: string) => {
    for (const [id, waiting] of pending) waiting.resolve({ id, type: "error", message });
    pending.clear();
  };
  listen((response) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.type === "progress") {
      waiting.onProgress?.(response.fraction, response.rows);
      return;
    }
    pending.delete(response.id);
    waiting.resolve(response);
  }, failAll);
  const ask = (
    request: EvidenceRequest,
    transfer: Transferable[],
    onProgress?: (fraction: number, rows: number) => void,
  ) =>
    new Promise<EvidenceResponse>((resolve) => {
      pending.set(request.id, { resolve, ...(onProgress ? { onProgress } : {}) });
      send(request, transfer);
    });
  const fail = (response: EvidenceResponse): never => {
    throw new Error(response.type === "error" ? response.message : `unexpected answer "${response.type}"`);
  };
  return {
    async read(file, map, onProgress) {
      const bytes = await file.arrayBuffer();
      const response = await ask(
        { id: next++, type: "read", bytes, fileName: file.name, map },
        [bytes],
        onProgress,
      );
      return response.type === "table" ? response.summary : fail(response);
    },
    async analyze(map, mapping, rules, sourceName) {
      const response = await ask({ id: next++, type: "analyze", map, mapping, rules, sourceName }, []);
      return response.type === "analysis" ? response.analysis : fail(response);
    },
    dispose,
  };
}

/** The app's runner: a module Web Worker (one per dialog), ended by `dispose`. */
export function createWorkerRunner(): EvidenceRunner {
  const worker = new Worker(new URL("./evidence-worker.ts", import.meta.url), { type: "module" });
  return createRunner(
    (request, transfer) => worker.postMessage(request, transfer),
    (onResponse, onFailure) => {
      worker.onmessage = (event: MessageEvent<EvidenceResponse>) => onResponse(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onFailure(`the import stopped unexpectedly (${event.message || "the background worker failed"})`);
      };
      worker.onmessageerror = () => onFailure("the import's answer could not be read");
    },
    () => worker.terminate(),
  );
}
