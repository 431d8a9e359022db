import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from './database';
import { rawOf } from './records';
import type { Storage } from './storage';
import { diagramTitled, manualClock, testDatabase } from './testing';

type Action =
  | { kind: 'edit'; nodes: number; pause: 'short' | 'long' }
  | { kind: 'damage-current'; payload: 'garbage' | 'future' | 'truncated' }
  | { kind: 'delete-current' }
  | { kind: 'damage-version'; pick: number; payload: 'garbage' | 'future' | 'truncated' }
  | { kind: 'reload' };

const payloadKind = fc.constantFrom('garbage' as const, 'future' as const, 'truncated' as const);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), nodes: fc.integer({ min: 1, max: 4 }), pause: fc.constantFrom('short' as const, 'long' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('damage-current' as const), payload: payloadKind }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-current' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('damage-version' as const), pick: fc.nat({ max: 3 }), payload: payloadKind }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reload' as const) }) },
);

function damaged(kind: 'garbage' | 'future' | 'truncated', marker: string): string {
  if (kind === 'garbage') return marker;
  if (kind === 'future') return JSON.stringify({ ...diagramTitled(marker), version: 3 });
  return JSON.stringify(diagramTitled(marker)).slice(0, -5);
}

/** Every text the database still holds, anywhere: what "survives" means. */
async function everythingKept(raw: Db, storage: Storage): Promise<Set<string>> {
  const current = await raw.get('current', 'current');
  const versions = await raw.getAll('versions');
  const incidents = await Promise.all((await storage.incidents()).map((incident) => storage.incidentData(incident.id)));
  return new Set([...(current ? [rawOf(current.text)] : []), ...versions.map((v) => rawOf(v.text)), ...incidents.filter((d) => d !== undefined)]);
}

/** The newest record that reads, among the current one and the versions: what a reload must open. */
async function newestReadableTitle(raw: Db, injected: Set<string>): Promise<string | undefined> {
  const current = await raw.get('current', 'current');
  const records = [...(current ? [current] : []), ...(await raw.getAll('versions'))].filter((r) => !injected.has(r.text));
  records.sort((x, y) => y.savedAt - x.savedAt);
  return records[0]?.title;
}

describe('storage under random edits, damage and reloads', () => {
  it('the newest readable diagram opens after every reload, and every damaged record is kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 30 }), async (actions) => {
        const clock = manualClock();
        const db = testDatabase({ now: clock.now, limits: { maxVersions: 4 } });
        const raw = await db.raw();
        let storage = await db.open();
        await storage.loadStartingPoint();
        const injected = new Set<string>();
        let edits = 0;
        let lastSaved: string | undefined;
        let currentIntact = true;
        try {
          for (const step of actions) {
            clock.advance(1000);
            if (step.kind === 'edit') {
              clock.advance(step.pause === 'long' ? 3 * 60_000 : 10_000);
              lastSaved = `edit ${++edits}`;
              expect(await storage.save(diagramTitled(lastSaved, step.nodes))).toMatchObject({ ok: true });
              currentIntact = true;
            } else if (step.kind === 'damage-current') {
              const current = await raw.get('current', 'current');
              if (current && injected.has(current.text)) continue;
              const payload = damaged(step.payload, `DAMAGED-CURRENT-${injected.size}`);
              injected.add(payload);
              // As another writer (a newer Flowmap) would: with the next revision.
              await raw.put('current', { revision: (current?.revision ?? 0) + 1, stamp: `foreign-${injected.size}`, savedAt: clock.now(), title: 'damaged', nodeCount: 1, text: payload }, 'current');
              currentIntact = false;
            } else if (step.kind === 'delete-current') {
              const current = await raw.get('current', 'current');
              if (current && injected.has(current.text)) continue;
              await raw.delete('current', 'current');
              currentIntact = false;
            } else if (step.kind === 'damage-version') {
              const versions = (await raw.getAll('versions')).filter((v) => !injected.has(v.text)).reverse();
              const victim = versions[step.pick % Math.max(versions.length, 1)];
              if (!victim) continue;
              const payload = damaged(step.payload, `DAMAGED-VERSION-${injected.size}`);
              injected.add(payload);
              await raw.put('versions', { ...victim, text: payload });
            } else {
              const expected = currentIntact ? lastSaved : await newestReadableTitle(raw, injected);
              storage.close();
              storage = await db.open();
              const start = await storage.loadStartingPoint();
              expect(start.doc?.title).toBe(expected);
            }
            const kept = await everythingKept(raw, storage);
            for (const payload of injected) expect(kept.has(payload), `kept ${payload.slice(0, 40)}`).toBe(true);
          }
        } finally {
          storage.close();
          raw.close();
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
