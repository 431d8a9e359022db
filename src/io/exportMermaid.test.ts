import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FORMAT } from '../model';
import { fanOut } from '../templates';
import { toMermaid } from './exportMermaid';

describe('toMermaid', () => {
  it('draws a left-to-right flowchart with shapes by kind and labelled arrows', () => {
    const text = toMermaid(fanOut);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toContain('user(["User Request"])');
    expect(text).toContain('topic[/"Kafka Topic"/]');
    expect(text).toContain('postgres[("Postgres")]');
    expect(text).toContain('serviceA -->|"publish"| topic');
  });

  it('keeps hostile labels and keyword ids from breaking the syntax', () => {
    const text = toMermaid({
      format: FORMAT,
      version: CURRENT_VERSION,
      title: 'x',
      nodes: [
        { id: 'end', kind: 'service', label: '<script>alert("x")</script> [a] | b\nc' },
        { id: 'my-db', kind: 'cache', label: 'שלום 🎉' },
      ],
      edges: [{ id: 'e', source: 'end', target: 'my-db', kind: 'failure', label: 'retry "now"', mode: 'retry' }],
    });
    expect(text).toContain('n_end["#60;script#62;alert#40;#34;x#34;#41;#60;/script#62; #91;a#93; #124; b#10;c"]');
    expect(text).toContain('my_db[("שלום 🎉")]');
    expect(text).toContain('n_end -.->|"failure: retry #34;now#34;"| my_db');
    expect(text).toContain('class my_db cache');
    expect(text).not.toMatch(/<script>/);
  });
});
