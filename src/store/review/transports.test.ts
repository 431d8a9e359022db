import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import type { ReviewResponse } from './protocol';
import { workerTransport } from './transports';

describe('the worker transport, where no worker can start', () => {
  it('reviews in process, and a rename sent as new names reaches the reviewer as the renamed document', async () => {
    const transport = workerTransport();
    const next = () => new Promise<ReviewResponse>((done) => transport.onResponse((response) => done(response)));
    let answered = next();
    transport.post({ version: 1, doc: structuredClone(fanOut), answersFor: [] });
    const first = await answered;
    const index = fanOut.nodes.findIndex((n) => first.findings!.some((f) => f.nodes.includes(n.id)));
    answered = next();
    transport.post({ version: 2, labels: [{ index, label: 'Ledger of record' }], answersFor: [fanOut.nodes[index]!.id], known: 1 });
    const renamed = await answered;
    expect(JSON.stringify(renamed.findings ?? renamed.patch!.findings)).toContain('Ledger of record');
    expect(JSON.stringify(renamed.answers)).toContain('Ledger of record');
  });
});
