// @journeykit/collab: a journey map shared live through Yjs. Every export is listed by name.

export type {
  CollaborationAdapter,
  CollaborationChange,
  CollaborationOrigin,
  CollaborationPresence,
  MapPatch,
  MapPoint,
  Peer,
  PresenceState,
} from "./binding/collaboration-adapter.js";
export { type CollabAdapterOptions, createCollabAdapter } from "./binding/create-collab-adapter.js";
export { mapPatches } from "./binding/map-patches.js";
export { FIELDS_NAME, ORDER_KEY, recordCollections } from "./doc/doc-layout.js";
export { docToMap } from "./doc/doc-to-map.js";
export { mapToDoc } from "./doc/map-to-doc.js";
export { type Repair, repairMap } from "./doc/repair-map.js";
export { writeMap } from "./doc/write-map.js";
export { type OfflineStore, persistOffline } from "./offline/persist-offline.js";
export { awarenessPresence } from "./presence/awareness-presence.js";
