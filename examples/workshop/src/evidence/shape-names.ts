import type { ColumnRole, ExportShape } from "@journeykit/evidence";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";

/** How the dialog names each export shape `readTable` recognises, in the app's language. */
export function shapeName(shape: ExportShape, { t }: WorkshopText = englishText): string {
  return t(`evidence.shape.${shape}`);
}

/** How the column picker names each role, in the app's language. */
export function roleName(role: ColumnRole, { t }: WorkshopText = englishText): string {
  return t(`evidence.role.${role}`);
}

const DELIMITERS = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" } as const;

/** `comma-separated`, `tab-separated`, ... in the app's language. */
export function delimiterName(delimiter: string, { t }: WorkshopText = englishText): string {
  const known = DELIMITERS[delimiter as keyof typeof DELIMITERS];
  return known
    ? t(`evidence.delimiter.${known}`)
    : t("evidence.delimiter.other", { delimiter: JSON.stringify(delimiter) });
}
