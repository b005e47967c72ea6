/// <reference lib="webworker" />
// The evidence import's Web Worker: parsing and analysis of a survey export run here, so the page
// stays responsive while a large file is read. Started by `createWorkerRunner`.
import { createEvidenceSession, type EvidenceRequest } from "./evidence-session";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createEvidenceSession((response) => scope.postMessage(response));
scope.onmessage = (event: MessageEvent<EvidenceRequest>) => void handle(event.data);
