import type { NodeKind } from './schema';

/** The optional facts each node kind may carry, in the order an inspector shows them. */
export const FACTS_BY_KIND: Record<NodeKind, readonly string[]> = {
  actor: [],
  external: [],
  scheduler: ['overlapGuard'],
  gateway: ['transforms'],
  service: ['transforms', 'idempotent', 'deadLetter'],
  queue: ['delivery', 'deadLetter', 'lagAlert'],
  store: ['entities', 'sourceOfTruth', 'reconciliation'],
  cache: ['entities', 'ttlSeconds', 'reconciliation'],
};

export const KIND_LABELS: Record<NodeKind, string> = {
  actor: 'Actor',
  external: 'External API',
  scheduler: 'Scheduled job',
  gateway: 'Gateway',
  service: 'Service',
  queue: 'Queue / topic',
  store: 'Store',
  cache: 'Cache',
};
