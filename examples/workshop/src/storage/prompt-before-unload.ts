/**
 * Ask the browser to confirm before the page is closed or reloaded while `hasUnsavedWork()` is true
 * (the browser shows its own wording), and start `onLeaving` (a last save) either way. Returns a
 * function that removes the prompt.
 *
 * @example
 * const stop = promptBeforeUnload(() => session.hasUnsavedWork(), () => void autosave.flush());
 */
export function promptBeforeUnload(
  hasUnsavedWork: () => boolean,
  onLeaving: () => void = () => {},
): () => void {
  if (typeof window === "undefined") return () => {};
  const listener = (event: BeforeUnloadEvent) => {
    onLeaving();
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older Chromium and Safari show the prompt only when returnValue is set.
    event.returnValue = "";
  };
  window.addEventListener("beforeunload", listener);
  return () => window.removeEventListener("beforeunload", listener);
}
