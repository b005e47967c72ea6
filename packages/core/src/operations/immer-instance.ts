import { enablePatches, Immer } from "immer";

enablePatches();

/**
 * journeykit's own immer: patches on, auto-freeze off. Deep-freezing a 10,000-card map after every
 * edit costs ~1 ms per edit (measured by `pnpm bench`), and a local instance leaves the host's own
 * immer settings alone. Maps are still never mutated by journeykit; treat them as immutable.
 */
export const immer = new Immer({ autoFreeze: false });
