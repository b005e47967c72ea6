/**
 * Put the caret in the Inspector's first field once it shows the record just added (after "+ Moment",
 * "+ Metric", "+ Touchpoint"), so a keyboard user names it at once instead of tabbing across the canvas.
 * Waits a task: the selection and the side panel's tab render first. Does nothing when the editor shows
 * no inspector (a custom layout without one, or the Voting tab kept open while voting).
 */
export function focusInspector(root: HTMLElement | null | undefined): void {
  setTimeout(() => {
    const field = root?.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      ".jk-inspector :is(input, select, textarea):not(:disabled)",
    );
    if (!field) return;
    field.focus();
    if (field instanceof HTMLInputElement && field.type === "text") field.select();
  }, 0);
}
