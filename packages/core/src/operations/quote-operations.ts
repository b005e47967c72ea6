import type { Draft } from "immer";
import type { JourneyMap } from "../records/journey-map.js";
import { type Quote, quoteSchema } from "../records/quote.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

const quoteReferencesExist = (draft: Draft<JourneyMap>, q: Quote) =>
  refs.stage(draft, q.stageId) &&
  refs.touchpoint(draft, q.touchpointId, q.stageId) &&
  refs.persona(draft, q.personaId) &&
  refs.source(draft, q.sourceId);

/** Place a customer quote on the journey. @example addQuote(map, { record: createQuote({ text: "Cold soup.", stageId }) }) */
export const addQuote = defineAdd("addQuote", "quotes", quoteSchema, quoteReferencesExist);

/** Change a quote (its stage, touchpoint, tags, ...). @example updateQuote(map, { id, changes: { tags: ["food"] } }) */
export const updateQuote = defineUpdate("updateQuote", "quotes", quoteSchema, quoteReferencesExist);

/** Remove a quote. @example removeQuote(map, { id }) */
export const removeQuote = defineOperation("removeQuote", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.quotes, id);
  if (index >= 0) draft.quotes.splice(index, 1);
});
