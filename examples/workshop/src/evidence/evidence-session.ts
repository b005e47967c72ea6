import type { JourneyMap } from "@journeykit/core";
import {
  analyzeEvidence,
  type ColumnMapping,
  defaultMentionRules,
  detectColumns,
  type EvidenceAnalysis,
  type EvidenceTable,
  type ExportShape,
  type MentionRule,
  maskPersonalCells,
  previousPlacement,
  readTable,
} from "@journeykit/evidence";

/** Rows of the table the dialog shows in its preview. */
export const PREVIEW_ROWS = 6;

/** What the dialog learns from reading a file: a few rows to show, never the whole table. */
export interface TableSummary {
  fileName: string;
  headers: string[];
  /** The first rows (`PREVIEW_ROWS`), for the preview: personal columns masked, other cells redacted. */
  firstRows: string[][];
  rowCount: number;
  shape: ExportShape;
  headerRows: number;
  format: "csv" | "xlsx";
  delimiter?: string;
  encoding?: string;
  warnings: string[];
  /** The role of each column: reused from an earlier import of the same kind of file, else detected. */
  mapping: ColumnMapping;
  /** The placement rules: reused likewise, else from the map's stage and touchpoint names. */
  rules: MentionRule[];
  /** The earlier import (the map's latest source with the same headers) whose mapping and rules are reused. */
  reused?: { sourceName: string; importedAt: string };
  /** What detection proposes, for "Detect again" when a placement was reused. */
  detected?: { mapping: ColumnMapping; rules: MentionRule[] };
}

/** A request to the evidence worker. */
export type EvidenceRequest =
  | { id: number; type: "read"; bytes: ArrayBuffer; fileName: string; map: JourneyMap }
  | {
      id: number;
      type: "analyze";
      map: JourneyMap;
      mapping: ColumnMapping;
      rules: MentionRule[];
      sourceName: string;
    };

/** What the evidence worker answers (`progress` any number of times, then `table`, `analysis` or `error`). */
export type EvidenceResponse =
  | { id: number; type: "progress"; fraction: number; rows: number }
  | { id: number; type: "table"; summary: TableSummary }
  | { id: number; type: "analysis"; analysis: EvidenceAnalysis }
  | { id: number; type: "error"; message: string };

/** A file name's extensions the import reads. */
export const EVIDENCE_FILE = /\.(csv|tsv|txt|xlsx)$/i;

/**
 * The evidence import's work, kept off the main thread by `evidence-worker.ts`: reads a file once and
 * keeps its table here (rows never go back to the page), then analyses it for each mapping the person
 * tries. Answers by calling `post`; errors become a message that names what is wrong.
 */
export function createEvidenceSession(post: (response: EvidenceResponse) => void) {
  let table: EvidenceTable | undefined;
  return async (request: EvidenceRequest): Promise<void> => {
    try {
      if (request.type === "read") {
        table = undefined;
        const read = await readTable(request.bytes, {
          fileName: request.fileName,
          // Progress for large files: about 20 reports whatever the size.
          chunkSize: Math.max(64_000, Math.ceil(request.bytes.byteLength / 20)),
          onProgress: ({ fraction, rows }) => post({ id: request.id, type: "progress", fraction, rows }),
        });
        if (read.rows.length === 0)
          throw new Error(`${request.fileName}: the table has a header but no answer rows`);
        table = read;
        const detected = {
          mapping: detectColumns(read, request.map),
          rules: defaultMentionRules(request.map),
        };
        // Next month's export of the same survey is read as this month's was: like with like.
        const previous = previousPlacement(request.map, read.headers);
        post({
          id: request.id,
          type: "table",
          summary: {
            fileName: request.fileName,
            headers: read.headers,
            // Masked here, in the worker: the page (and a projector) never holds a name, an e-mail
            // or a phone from the file. By the detected mapping, which knows personal columns even
            // when a reused one does not say so.
            firstRows: maskPersonalCells(read.rows.slice(0, PREVIEW_ROWS), detected.mapping),
            rowCount: read.rows.length,
            shape: read.shape,
            headerRows: read.headerRows,
            format: read.format,
            ...(read.delimiter !== undefined ? { delimiter: read.delimiter } : {}),
            ...(read.encoding !== undefined ? { encoding: read.encoding } : {}),
            warnings: read.warnings,
            mapping: previous?.mapping ?? detected.mapping,
            rules: previous?.rules ?? detected.rules,
            ...(previous
              ? {
                  reused: { sourceName: previous.source.name, importedAt: previous.source.importedAt },
                  detected,
                }
              : {}),
          },
        });
        return;
      }
      if (!table) throw new Error("no file has been read yet");
      const analysis = analyzeEvidence(request.map, table, request.mapping, {
        rules: request.rules,
        sourceName: request.sourceName,
      });
      post({ id: request.id, type: "analysis", analysis });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const named =
        request.type === "read" && !message.startsWith(request.fileName)
          ? `${request.fileName}: ${message}`
          : message;
      post({ id: request.id, type: "error", message: named });
    }
  };
}
