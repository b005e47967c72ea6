/**
 * What a file that failed validation can still become: a repaired map to open (`open`), or nothing a
 * repair could save, and why (not JSON, not a journey map, a newer format).
 */
export type RepairOffer = { possible: true; open: () => void } | { possible: false; reasons: string[] };
