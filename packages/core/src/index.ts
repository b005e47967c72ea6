export const CURRENT_VERSION = 1 as const;
