import { describe, expect, it } from 'vitest';
import { check, diagram, withFacts } from '../testing';
import { schemaContract } from './schemaContract';

const doc = diagram({ a: 'service', q: 'queue', b: 'service' }, [['a publish q', { schema: 'Order@2' }], ['q consume b', { schema: 'Order@1' }]]);

describe('schema-contract', () => {
  it('flags a producer and consumer on different schema versions', () => {
    const [f] = check(schemaContract, doc);
    expect(f).toMatchObject({ severity: 'error', nodes: ['q', 'a', 'b'], edges: ['e1', 'e2'] });
    expect(f!.message).toBe('The arrows on q disagree on the message schema — Order@2 (a) and Order@1 (b): a field one side expects arrives null or is rejected.');
  });

  it('clears when both sides declare the same schema', () => {
    expect(check(schemaContract, withFacts(doc, 'e2', { schema: 'Order@2' }))).toEqual([]);
  });

  it('notes a queue with no schema at all, or one side without one', () => {
    const none = withFacts(withFacts(doc, 'e1', { schema: undefined }), 'e2', { schema: undefined });
    expect(check(schemaContract, none)).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/^No arrow on q declares a schema/) })]);
    expect(check(schemaContract, withFacts(doc, 'e2', { schema: undefined }))[0]!.message).toMatch(/^b declares no schema on q while the others use Order@2/);
  });
});
