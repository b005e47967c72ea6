import { type InternalNode, useStore as useFlowStore, useViewport } from "@xyflow/react";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import type { CollaborationPeer } from "./collaboration-adapter.js";
import { useSharedPresence } from "./use-shared-presence.js";

/** The React Flow node that draws a record someone selected (cards, stages, lanes, touchpoints). */
const NODE_PREFIXES = ["card:", "stage:", "lane:", "touchpoint:", "metric:"];

function selectedNode(lookup: Map<string, InternalNode>, id: string): InternalNode | undefined {
  for (const prefix of NODE_PREFIXES) {
    const node = lookup.get(`${prefix}${id}`);
    if (node) return node;
  }
  return undefined;
}

/** How far (px) a peer's selection ring sits outside the selected node. */
const RING = 4;

/** Everyone else in the room, live, while the editor collaborates. */
function usePeers(): CollaborationPeer[] {
  const adapter = useJourneyMapStore((s) => s.collaboration);
  const [peers, setPeers] = useState<CollaborationPeer[]>([]);
  useEffect(() => {
    if (!adapter) {
      setPeers([]);
      return;
    }
    setPeers(adapter.presence.getPeers());
    return adapter.presence.subscribe(setPeers);
  }, [adapter]);
  return peers;
}

/**
 * The other participants on the canvas: each one's pointer (an arrow and their name, in their colour)
 * and an outline around what they selected, following pan and zoom. Drawn in a layer over React Flow's
 * pane that never takes the pointer. Shares this user's own pointer and selection too. Renders nothing
 * unless the editor collaborates; place it inside the editor's ReactFlow provider.
 */
export function PeerPresence() {
  useSharedPresence();
  const peers = usePeers();
  const pane = useFlowStore((s) => s.domNode);
  const lookup = useFlowStore((s) => s.nodeLookup);
  const { x, y, zoom } = useViewport();
  if (!pane || peers.length === 0) return null;
  const toScreen = (point: { x: number; y: number }) => ({
    left: point.x * zoom + x,
    top: point.y * zoom + y,
  });
  return createPortal(
    <div className="jk-presence" aria-hidden="true">
      {peers.flatMap((peer) =>
        (peer.selection ?? []).map((id) => {
          const node = selectedNode(lookup, id);
          if (!node) return null;
          const { left, top } = toScreen(node.internals.positionAbsolute);
          return (
            <div
              key={`${peer.clientId}:${id}`}
              className="jk-presence-selection"
              data-peer={peer.name}
              style={{
                left: left - RING,
                top: top - RING,
                width: (node.measured.width ?? node.width ?? 0) * zoom + 2 * RING,
                height: (node.measured.height ?? node.height ?? 0) * zoom + 2 * RING,
                borderColor: peer.colour,
              }}
            />
          );
        }),
      )}
      {peers.map((peer) => {
        if (!peer.pointer) return null;
        const { left, top } = toScreen(peer.pointer);
        return (
          <div
            key={peer.clientId}
            className="jk-presence-pointer"
            data-peer={peer.name}
            style={{ transform: `translate(${left}px, ${top}px)` }}
          >
            <svg width="18" height="20" viewBox="0 0 18 20" aria-hidden="true">
              <path d="M1 1 L1 17 L5.5 12.8 L8.6 19 L11.4 17.7 L8.4 11.6 L14.5 11.6 Z" fill={peer.colour} />
            </svg>
            <span className="jk-presence-name" style={{ backgroundColor: peer.colour }}>
              {peer.name}
            </span>
          </div>
        );
      })}
    </div>,
    pane,
  );
}
