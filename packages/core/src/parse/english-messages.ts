import type * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod's English messages ("expected string, received number"), passed to each parse rather than set
 * with `z.config`: zod/mini ships without a locale, and a global setting would change the messages of a
 * host application that uses zod itself. The schema's own messages (score ranges, hex colours) win.
 */
export const englishMessages: z.core.$ZodErrorMap = en().localeError;
