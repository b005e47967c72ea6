/**
 * What a picture of the map leaves out: the editor's own controls, not the map. React Flow's minimap,
 * controls, panels and dotted background; vote buttons; the persona legend's ◎ (whose curve the arrow
 * keys draw); the emotion lane's "+" targets for a missing point. HTML and SVG alike.
 */
const EDITOR_CHROME = [
  "react-flow__minimap",
  "react-flow__controls",
  "react-flow__panel",
  "react-flow__background",
  "jk-vote",
  "jk-legend-focus",
  "jk-point-add",
];

/**
 * Whether a node of the live editor belongs in its exported picture: not editor chrome (see
 * `EDITOR_CHROME`), and accepted by the host's own `filter` when it gives one (HTML elements only).
 *
 * @example
 * toCanvas(viewport, { filter: (node) => isExported(node, options.filter) });
 */
export function isExported(node: Node, filter?: (node: HTMLElement) => boolean): boolean {
  if (!(node instanceof Element)) return true;
  if (EDITOR_CHROME.some((c) => node.classList.contains(c))) return false;
  return filter && node instanceof HTMLElement ? filter(node) : true;
}
