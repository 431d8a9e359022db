import type { NodeKind } from './schema';

/** Every node is drawn in a box of this size: canvas, auto layout and exports agree on it. */
export const NODE_SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  actor: { width: 150, height: 64 },
  external: { width: 170, height: 64 },
  scheduler: { width: 160, height: 64 },
  gateway: { width: 170, height: 64 },
  service: { width: 170, height: 64 },
  queue: { width: 180, height: 56 },
  store: { width: 160, height: 76 },
  cache: { width: 160, height: 64 },
};
