/**
 * Where the app asks the dev server for the facilitator's token under `pnpm live` (answered only to a
 * browser on the machine running it: see `dev/facilitator-token-plugin.ts`).
 */
export const FACILITATOR_TOKEN_PATH = "/__journeykit/facilitator-token";
