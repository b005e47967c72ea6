// The collaboration contract is declared once, in `@journeykit/core` (the editor in
// `@journeykit/react` talks to the same types); collab's modules and public names import it from here.
export type {
  CollaborationAdapter,
  CollaborationChange,
  CollaborationOrigin,
  CollaborationPresence,
  MapPatch,
  MapPoint,
  Peer,
  PresenceState,
} from "@journeykit/core";
