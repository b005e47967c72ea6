import { DEFAULT_LABEL_LOCALE } from "../labels/format-number.js";

/** How much of a moment a text shows. */
export type DateStyle = "date" | "dateTime" | "time" | "weekdayTime" | "numericDate";

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  time: { hour: "2-digit", minute: "2-digit" },
  weekdayTime: { weekday: "short", hour: "2-digit", minute: "2-digit" },
  numericDate: { year: "numeric", month: "2-digit", day: "2-digit" },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined, style: DateStyle, timeZone: string | undefined) {
  const key = `${locale ?? ""}|${style}|${timeZone ?? ""}`;
  let format = formats.get(key);
  if (!format) {
    const options = { ...STYLES[style], ...(timeZone ? { timeZone } : {}) };
    try {
      format = new Intl.DateTimeFormat(locale ?? DEFAULT_LABEL_LOCALE, options);
    } catch {
      format = new Intl.DateTimeFormat(DEFAULT_LABEL_LOCALE, options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A moment as people of `locale` write it (Intl), in one of a few styles: "date" ("1 feb 2026"),
 * "dateTime", "time" ("14:05"), "weekdayTime" ("Tue 14:05"), "numericDate" ("01.02.2026").
 * `timeZone` "UTC" reads a date-only ISO string ("2026-02-01") as that day everywhere. An invalid
 * date is written as given.
 *
 * @example
 * formatDate("2026-02-01", { locale: "de", style: "numericDate", timeZone: "UTC" }); // "01.02.2026"
 */
export function formatDate(
  value: string | number | Date,
  options: { locale?: string | undefined; style?: DateStyle; timeZone?: string } = {},
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(options.locale, options.style ?? "date", options.timeZone).format(date);
}
