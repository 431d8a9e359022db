import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../model';
import { fanOut } from '../templates';
import { runIn } from './testing';

const FIELDS = ['id', 'kind', 'label', 'source', 'target', 'transforms', 'entities', 'sourceOfTruth', 'retries', 'mode', 'position', 'owner', 'notes', 'idempotent', 'deadLetter', 'delivery', 'ttlSeconds', 'schema', 'timeoutMs', 'format', 'version', 'title', 'nodes', 'edges', 'groups', '', '__proto__', 'constructor'];
/** Values a field might hold: many of them valid for some field, so mutated documents still often load. */
const value = fc.oneof(
  fc.boolean(),
  fc.nat(5),
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.constantFrom<unknown>(...NODE_KINDS, ...EDGE_KINDS, 'user', 'postgres', 'e1', '\u001b[2J', 1e308, -0, ['validate'], ['orders'], { x: 1, y: 2 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutation = fc.record({ where: fc.constantFrom('document', 'nodes', 'edges'), index: fc.nat(12), field: fc.constantFrom(...FIELDS), value, remove: fc.boolean() });

/** The fan-out template with a few fields set to odd values or removed: mostly-valid documents reach the analysis. */
const mutatedDiagram = fc.array(mutation, { maxLength: 2 }).map((mutations) => {
  const doc = structuredClone(fanOut) as unknown as Record<string, unknown>;
  for (const { where, index, field, value: v, remove } of mutations) {
    const list = doc[where];
    const target = where === 'document' ? doc : Array.isArray(list) ? list[index % Math.max(list.length, 1)] : undefined;
    if (typeof target !== 'object' || target === null) continue;
    if (remove) delete (target as Record<string, unknown>)[field];
    else Object.defineProperty(target, field, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(doc);
});

const content = fc.oneof(
  { weight: 6, arbitrary: mutatedDiagram },
  { weight: 1, arbitrary: mutatedDiagram.chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut))) },
  { weight: 1, arbitrary: mutatedDiagram.map((text) => `\uFEFF${text}`) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
);

const FILES = ['new.json', 'old.json', 'missing.json', 'base/new.json'];
const FLAGS = ['--format', '--format=json=evil', 'json', '--fail-on', 'never', '--answers', '--baseline', '--baseline=base', '-', '--', '-x', ''];
/** Mostly well-formed command lines, so the files reach the analysis; some noise for the argument parser. */
const argv = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('text', 'json', 'sarif', 'markdown'), fc.constantFrom('error', 'warning', 'never'), fc.constantFrom([], ['--answers'], ['--baseline', 'old.json'], ['--baseline', 'base'])).map(([format, failOn, extra]) => ['lint', 'new.json', `--format=${format}`, '--fail-on', failOn, ...extra]) },
  { weight: 1, arbitrary: fc.constantFrom('text', 'json', 'markdown').map((format) => ['diff', 'old.json', 'new.json', '--format', format]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('lint', 'diff', 'check'), fc.array(fc.oneof(fc.constantFrom(...FILES, ...FLAGS), fc.string({ maxLength: 8 })), { maxLength: 6 })).map(([command, args]) => [command, ...args]) },
);

describe('the CLI on generated input', () => {
  it('exits 0, 1 or 2 (3 would be an internal error), with a message on stderr for every 2', { timeout: 60_000 }, () => {
    let runs = 0;
    fc.assert(
      fc.property(argv, content, content, (args, now, old) => {
        runs++;
        const files = new Map([['new.json', now], ['old.json', old], ['base/new.json', old]]);
        const run = runIn(args, files);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2) expect(run.stderr).not.toBe('');
        if (run.code !== 2 && args[0] === 'lint' && run.stdout.startsWith('{')) expect(() => JSON.parse(run.stdout)).not.toThrow();
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 12_000 },
    );
    expect(runs).toBeGreaterThan(500); // 2000 on a machine that is not busy
  });
});
