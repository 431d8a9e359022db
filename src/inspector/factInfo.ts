/** What each fact is called in the inspector, and what it means for the review. */
export const FACT_INFO: Record<string, { label: string; hint: string }> = {
  overlapGuard: { label: 'Overlap guard', hint: 'A run cannot start while the last one is still going.' },
  transforms: { label: 'Transforms', hint: 'How this step changes the data on its way through.' },
  idempotent: { label: 'Idempotent', hint: 'Safe to run twice with the same input: retries and at-least-once delivery need this.' },
  deadLetter: { label: 'Dead-letter queue', hint: 'Messages that keep failing are parked somewhere visible instead of lost.' },
  delivery: { label: 'Delivery', hint: 'At-least-once means consumers will see duplicates.' },
  lagAlert: { label: 'Lag alert', hint: 'Someone is told when consumers fall behind.' },
  entities: { label: 'Entities', hint: 'The kinds of record held here, comma-separated (e.g. order, user).' },
  sourceOfTruth: { label: 'Source of truth', hint: 'When copies disagree, this one is right.' },
  reconciliation: { label: 'Reconciliation', hint: 'A job compares this copy with its source and repairs drift.' },
  ttlSeconds: { label: 'TTL (seconds)', hint: 'Entries expire after this long, which bounds staleness.' },
  retries: { label: 'Retries', hint: 'How many times the caller tries again after a failure.' },
  idempotencyKey: { label: 'Idempotency key', hint: 'The call carries a key so the receiver can drop repeats.' },
  timeoutMs: { label: 'Timeout (ms)', hint: 'How long the caller waits before giving up.' },
  schema: { label: 'Schema', hint: 'The contract this arrow carries, as name@version.' },
  mode: { label: 'Failure mode', hint: 'What this failure path does: retry, dead-letter, fallback or alert.' },
};

/** "order, user ,, order" → ["order", "user"]; empty text means unknown. */
export function parseList(text: string): string[] | undefined {
  const items = [...new Set(text.split(',').map((item) => item.trim()).filter(Boolean))];
  return items.length ? items : undefined;
}

export const formatList = (items: readonly string[] | undefined): string => items?.join(', ') ?? '';

/** Empty text means unknown; anything else must be a number (the format decides the range). */
export function parseNumber(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : 'invalid';
}

export type TriState = 'unknown' | 'yes' | 'no';
export const toTriState = (value: boolean | undefined): TriState => (value === undefined ? 'unknown' : value ? 'yes' : 'no');
export const fromTriState = (value: TriState): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes');
