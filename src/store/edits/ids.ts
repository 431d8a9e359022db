const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new id `prefix-xxxxxxxx` with eight random characters: two copies of the app editing the same
 * diagram (another tab, a later collaborator) do not hand out the same id. Checked against `taken`.
 */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 50) || 'n';
  const bytes = new Uint8Array(8);
  for (;;) {
    crypto.getRandomValues(bytes);
    const id = `${base}-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id a new element must not reuse: ids are unique across nodes, edges, groups and notes. */
export function idsOf(doc: { nodes: readonly { id: string }[]; edges: readonly { id: string }[]; groups?: readonly { id: string }[]; notes?: readonly { id: string }[] }): Set<string> {
  const ids = new Set<string>();
  for (const list of [doc.nodes, doc.edges, doc.groups ?? [], doc.notes ?? []]) for (const item of list) ids.add(item.id);
  return ids;
}
