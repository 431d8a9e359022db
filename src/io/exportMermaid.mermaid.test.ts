// @vitest-environment happy-dom
// Mermaid's sanitizer (DOMPurify) needs a DOM, even only to parse; this file alone runs in one.
import fc from 'fast-check';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FORMAT, NODE_KINDS, type FlowDocument, type FlowNode } from '../model';
import { TEMPLATES } from '../templates';
import { toMermaid } from './exportMermaid';

const doc = (title: string, nodes: FlowNode[], edges: FlowDocument['edges'] = []): FlowDocument => ({ format: FORMAT, version: CURRENT_VERSION, title, nodes, edges });

/** Parses with the real Mermaid; a directive smuggled in would show up in the returned config. */
async function parsed(text: string) {
  const result = await mermaid.parse(text);
  expect(result).toMatchObject({ diagramType: 'flowchart-v2' });
  expect(result && result.config).toEqual({});
  return result;
}

describe('toMermaid against the real Mermaid parser', () => {
  it('parses every template', async () => {
    for (const template of TEMPLATES) await parsed(toMermaid(template.create()));
  });

  it('renames ids Mermaid reads as keywords, link targets or object properties', async () => {
    const ids = ['call', 'href', 'interpolate', '_self', '_blank', '_parent', '_top', '__proto__', 'constructor', 'toString', 'end', 'End', 'style', 'click', 'classDef', 'linkStyle', 'subgraph', 'graph', 'flowchart', '9lives'];
    const nodes = ids.map((id): FlowNode => ({ id, kind: 'service', label: id }));
    const edges = ids.map((id, i) => ({ id: `e${i}`, source: id, target: ids[(i + 1) % ids.length]!, kind: 'request' as const }));
    const text = toMermaid(doc('T', nodes, edges));
    await parsed(text);
    expect(text).toContain('n_call["call"]');
    expect(text).toContain('n___proto__["__proto__"]');
  });

  it('keeps a title from carrying a directive', async () => {
    const text = toMermaid(doc('Review %%{init: {"themeCSS": ".node { display: none; }"}}%%\n%%{init: {"theme": "dark"}}%%', [{ id: 'api', kind: 'service', label: 'API' }]));
    expect(text).not.toMatch(/[{}]|%%[^ ]/);
    expect(text.split('\n')[1]).toMatch(/^ {2}%% Review /);
    await parsed(text);
  });

  it('parses any valid diagram: random ids, labels, kinds and titles', { timeout: 30_000 }, async () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const node = fc.record({ id: fc.oneof(id, fc.constantFrom('call', 'href', '_top', 'end', 'constructor', 'o', 'x')), kind: fc.constantFrom(...NODE_KINDS), label: fc.string({ minLength: 1, maxLength: 30 }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(node, { minLength: 1, maxLength: 6, selector: (n) => n.id }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), async (nodes, title, edgeLabel) => {
        const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id, kind: i % 2 ? ('failure' as const) : ('request' as const), label: edgeLabel }));
        await parsed(toMermaid(doc(title, nodes as FlowNode[], edges)));
      }),
      { numRuns: 100 },
    );
  });

  it('draws each boundary as a subgraph of its nodes and keeps notes as comments, hostile text included', async () => {
    const nodes: FlowNode[] = [
      { id: 'end', kind: 'service', label: 'Checkout', group: 'subgraph' },
      { id: 'db', kind: 'store', label: 'Ledger', group: 'subgraph' },
      { id: 'api', kind: 'gateway', label: 'API' },
    ];
    const text = toMermaid({
      ...doc('T', nodes, [{ id: 'e1', source: 'api', target: 'end', kind: 'request' }]),
      groups: [
        { id: 'subgraph', label: 'Payments "team" [end] %%{init}%%', kind: 'team', position: { x: 0, y: 0 }, size: { width: 300, height: 200 } },
        { id: 'empty', label: 'Empty zone', kind: 'trust', position: { x: 400, y: 0 }, size: { width: 200, height: 200 } },
      ],
      notes: [{ id: 'n1', text: 'Retries capped at 3\n%%{init: {"theme": "dark"}}%%', position: { x: 0, y: 300 } }],
    });
    await parsed(text);
    expect(text).toMatch(/ {2}subgraph n_subgraph\["Payments #34;team#34; #91;end#93; %%#123;init#125;%%"\]\n {4}n_end\[/);
    expect(text).toContain('  %% Note: Retries capped at 3 init:  "theme": "dark"');
    expect(text).toContain('  subgraph empty["Empty zone"]\n  end\n  api[/"API"\\]');
  });

  it('parses any valid diagram with boundaries: random ids, labels and members', { timeout: 30_000 }, async () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const label = fc.string({ minLength: 1, maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 3, maxLength: 8 }), label, label, async (ids, groupLabel, nodeLabel) => {
        const [groupId, ...nodeIds] = ids;
        const nodes = nodeIds.map((n, i): FlowNode => ({ id: n, kind: 'service', label: nodeLabel, ...(i % 2 ? { group: groupId! } : {}) }));
        const groups = [{ id: groupId!, label: groupLabel, kind: 'system' as const, position: { x: 0, y: 0 }, size: { width: 100, height: 100 } }];
        await parsed(toMermaid({ ...doc('T', nodes), groups }));
      }),
      { numRuns: 60 },
    );
  });
});
