import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Replace the text in the open card text box of a card that has text. The editor renders the box
 * empty and puts the card's text in a moment later: filling it before that selects nothing, and the
 * card's text then lands in front of the typed one. So wait until the focused box holds text.
 */
export async function fillCardText(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Card text" });
  await expect
    .poll(() =>
      box.evaluate(
        (element) => element === document.activeElement && (element as HTMLTextAreaElement).value !== "",
      ),
    )
    .toBe(true);
  await box.fill(text);
}
