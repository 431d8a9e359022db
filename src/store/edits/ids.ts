/** The first id of the form `prefix-N` (N from 1) that is not taken. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 50) || 'n';
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export const idsOf = (items: readonly { id: string }[]): Set<string> => new Set(items.map((item) => item.id));
