/**
 * A tiny external store for the live view, so each node and edge subscribes to its own entry and
 * re-renders only when that entry's text changes. React Flow's node and edge arrays never change
 * while the cursor moves (that keeps 60× playback smooth: no layout, no diffing of 100 nodes).
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Live } from './live';

export interface LiveStore {
  get(): Live;
  set(live: Live): void;
  subscribe(fn: () => void): () => void;
}

const EMPTY: Live = { nodes: new Map(), edges: new Map(), phase: '' };

/** Creates an empty live store. */
export function createLiveStore(): LiveStore {
  let live = EMPTY;
  const subs = new Set<() => void>();
  return {
    get: () => live,
    set(next) {
      live = next;
      for (const fn of subs) fn();
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}

export const LiveContext = createContext<LiveStore>(createLiveStore());

/** `status|text` of a node (a string, so unchanged entries do not re-render). */
export function useNodeLive(id: string): [string, string] {
  const store = useContext(LiveContext);
  const key = useSyncExternalStore(store.subscribe, () => {
    const n = store.get().nodes.get(id);
    return n ? `${n.s}|${n.text ?? ''}` : 'idle|';
  });
  const i = key.indexOf('|');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** `[status, count, fresh]` of an edge. */
export function useEdgeLive(id: string): [string, number, boolean] {
  const store = useContext(LiveContext);
  const key = useSyncExternalStore(store.subscribe, () => {
    const e = store.get().edges.get(id);
    return e ? `${e.s}|${e.count}|${e.fresh ? 1 : 0}` : 'idle|0|0';
  });
  const [s, c, f] = key.split('|');
  return [s ?? 'idle', Number(c), f === '1'];
}

/** The pod phase at the cursor. */
export function usePhase(): string {
  const store = useContext(LiveContext);
  return useSyncExternalStore(store.subscribe, () => store.get().phase);
}
