import type { NodeKind } from '../model';

/** Each kind's accent, as the node borders and palette icons use it (app.css), for the minimap. */
export const KIND_COLOURS: Readonly<Record<NodeKind, string>> = {
  actor: '#0ea5e9',
  external: '#8b5cf6',
  scheduler: '#14b8a6',
  gateway: '#6366f1',
  service: '#64748b',
  queue: '#f59e0b',
  store: '#16a34a',
  cache: '#ec4899',
};
