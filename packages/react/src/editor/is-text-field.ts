const NOT_TEXT_INPUTS = ["button", "checkbox", "color", "file", "image", "radio", "range", "reset", "submit"];

/** Where the browser's own undo, paste and keys belong: text inputs, text areas, selects, editable text. */
export const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === "TEXTAREA" ||
    target.tagName === "SELECT" ||
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.includes(target.type)));
