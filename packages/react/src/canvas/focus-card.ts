/** Focus a card's element inside an editor root on the next frame (after React has rendered it). */
export function focusCard(root: ParentNode | null | undefined, id: string): void {
  const selector = `[data-card-id="${id.replace(/["\\]/g, "\\$&")}"]`;
  requestAnimationFrame(() => (root?.querySelector(selector) as HTMLElement | null)?.focus());
}
