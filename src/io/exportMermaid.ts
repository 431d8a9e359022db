import type { FlowDocument, NodeKind } from '../model';

const SHAPES: Record<NodeKind, [string, string]> = {
  actor: ['([', '])'],
  external: ['{{', '}}'],
  scheduler: ['[[', ']]'],
  gateway: ['[/', '\\]'],
  service: ['[', ']'],
  queue: ['[/', '/]'],
  store: ['[(', ')]'],
  cache: ['[(', ')]'],
};

/**
 * Words Mermaid's flowchart grammar reads as keywords or link targets (`call`, `href`, `_self`…), compared in lower case.
 * Names of Object.prototype (`__proto__`, `constructor`…) are renamed too: Mermaid keeps nodes in plain objects.
 */
const RESERVED = new Set([
  'end', 'graph', 'flowchart', 'flowchart-elk', 'subgraph', 'style', 'class', 'classdef', 'click', 'call', 'href', 'linkstyle',
  'interpolate', 'direction', 'default', 'acctitle', 'accdescr', '_self', '_blank', '_parent', '_top', 'prototype',
]);

const isReserved = (id: string) => RESERVED.has(id.toLowerCase()) || id in Object.prototype || /^[0-9_]/.test(id);

/** Text inside quotes, with everything Mermaid or HTML could read as syntax written as an entity code. */
function mermaidText(text: string): string {
  const unsafe = (c: string) => c.charCodeAt(0) < 32 || '"#&<>[]{}()|`\\'.includes(c);
  return `"${[...text].map((c) => (unsafe(c) ? `#${c.charCodeAt(0)};` : c)).join('')}"`;
}

function idMap(doc: FlowDocument): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const node of doc.nodes) {
    let id = node.id.replace(/[^A-Za-z0-9_]/g, '_');
    if (isReserved(id)) id = `n_${id}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    ids.set(node.id, id);
  }
  return ids;
}

/** A Mermaid flowchart of the diagram (left to right, shapes by kind, arrows labelled by kind), to paste into Markdown. */
export function toMermaid(doc: FlowDocument): string {
  const ids = idMap(doc);
  const lines = ['flowchart LR'];
  // Mermaid looks for `%%{…}%%` directives anywhere, comments included: the title keeps none of % { } or line breaks.
  const title = doc.title.replace(/[%{}\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  if (title) lines.push(`  %% ${title}`);
  for (const node of doc.nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}${mermaidText(node.label)}${close}`);
  }
  for (const edge of doc.edges) {
    const [from, to] = [ids.get(edge.source), ids.get(edge.target)];
    if (!from || !to) continue;
    const label = mermaidText(edge.label ? `${edge.kind}: ${edge.label}` : edge.kind);
    lines.push(`  ${from} ${edge.kind === 'failure' ? '-.->' : '-->'}|${label}| ${to}`);
  }
  const caches = doc.nodes.filter((n) => n.kind === 'cache').map((n) => ids.get(n.id));
  if (caches.length) lines.push('  classDef cache stroke-dasharray: 5 3', `  class ${caches.join(',')} cache`);
  return `${lines.join('\n')}\n`;
}
