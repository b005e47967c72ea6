import { foldText } from "../mentions/mention-rules.js";

/**
 * A column that says how a response was collected rather than what the customer answered: whether it
 * was finished (Qualtrics `Finished`), how far it got (`Progress`, 0-100), its status (`Status`:
 * complete / partial, or Qualtrics' response type: IP Address / Survey Preview / Spam), or how long it
 * took (`Duration (in seconds)`).
 */
export type ResponseStatus = "finished" | "progress" | "status" | "duration";

const FINISHED =
  /^(finished|completed?|is complete|complete response|abgeschlossen|beendet|terminado|finalizado|completado|termine|complete|concluso|completato|voltooid|afgerond)$/;
const PROGRESS = /^(progress|fortschritt|progreso|progression|progresso|voortgang)( ?%| \(%\))?$/;
const STATUS = /^(status|response status|response type|estado|zustand|statut|stato)$/;
const DURATION = /^(duration|dauer|duracion|duree|durata|duur|time taken|time to complete)\b/;

const TRUE = new Set(["true", "1", "yes", "ja", "si", "oui", "sim", "wahr", "verdadero", "vrai", "vero"]);
const FALSE = new Set(["false", "0", "no", "nein", "non", "nao", "falsch", "falso", "faux", "nee"]);
/** Statuses of responses that are not complete, real answers: left out of the analysis. */
const NOT_COUNTED =
  /^(partial|incomplete|in progress|disqualified|abandoned|survey preview|preview|survey test|test|spam|screened out|over quota|teilweise|unvollstandig|parcial|incompleto|incomplete|partiel|parziale|onvolledig)$/;
/** Statuses that read as a complete response. */
const COUNTED =
  /^(complete|completed|finished|ip address|anonymous|email|imported|offline|survey link|vollstandig|completo|complet|completato|volledig)$/;

const fold = (text: string) => foldText(text).trim();
const most = (values: readonly string[], test: (v: string) => boolean) =>
  values.length > 0 && values.filter(test).length / values.length >= 0.9;

/**
 * What a column says about how responses were collected, judged by its header and confirmed by its
 * answers: "finished" (true/false, 1/0, in seven languages), "progress" (numbers 0-100), "status"
 * (complete, partial, Qualtrics' response types) or "duration" (any header naming the time taken).
 *
 * @example
 * responseStatusOf("Finished", ["True", "False", "True"]); // "finished"
 * responseStatusOf("Progress", ["100", "45"]); // "progress"
 */
export function responseStatusOf(header: string, values: readonly string[]): ResponseStatus | undefined {
  const h = fold(header);
  const folded = values.map(fold).filter((v) => v !== "");
  if (DURATION.test(h)) return "duration";
  if (FINISHED.test(h) && most(folded, (v) => TRUE.has(v) || FALSE.has(v))) return "finished";
  if (PROGRESS.test(h) && most(folded, (v) => /^\d{1,3}(\.\d+)?%?$/.test(v) && Number.parseFloat(v) <= 100))
    return "progress";
  if (STATUS.test(h) && most(folded, (v) => NOT_COUNTED.test(v) || COUNTED.test(v))) return "status";
  return undefined;
}

/**
 * Whether a response is left out of the analysis by its status cell (the documented rule): a
 * "finished" cell that is false / 0 / no; a "progress" below 100; a "status" that is partial,
 * incomplete, disqualified, a preview, a test or spam. Blank or unknown cells count the response in.
 *
 * @example
 * isUnfinished("finished", "False"); // true
 * isUnfinished("progress", "100"); // false
 */
export function isUnfinished(kind: ResponseStatus, cell: string): boolean {
  const v = fold(cell);
  if (v === "") return false;
  if (kind === "finished") return FALSE.has(v);
  if (kind === "progress") {
    const n = Number.parseFloat(v);
    return Number.isFinite(n) && n < 100;
  }
  if (kind === "status") return NOT_COUNTED.test(v);
  return false;
}
