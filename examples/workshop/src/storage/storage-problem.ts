/**
 * Why a map could not be stored, in words a person can act on: the browser's storage is full
 * (`quota`), or another failure, with the browser's own message.
 */
export interface StorageProblem {
  kind: "quota" | "other";
  message: string;
}

/** Names browsers give a write refused for lack of space (Chromium and Safari; older Firefox). */
const QUOTA_NAMES = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);

/** Whether `error` says the browser's storage is full. DOMException is not an Error everywhere: read its name. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (typeof name === "string" && QUOTA_NAMES.has(name)) || code === 22;
}

/** What went wrong with a write, as the app shows it. */
export function describeStorageProblem(error: unknown): StorageProblem {
  if (isQuotaExceeded(error)) return { kind: "quota", message: "this browser's storage is full" };
  const message =
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : String(error);
  return { kind: "other", message: message.replace(/\.$/, "") || "the browser gave no reason" };
}
