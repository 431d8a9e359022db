import type { FlowDocument, FlowNode, NodeKind } from '../model';

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

/** Mermaid ids for the nodes and boundaries (subgraphs), which share one namespace there. */
function idMap(doc: FlowDocument): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const item of [...doc.nodes, ...(doc.groups ?? [])]) {
    let id = item.id.replace(/[^A-Za-z0-9_]/g, '_');
    if (isReserved(id)) id = `n_${id}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    ids.set(item.id, id);
  }
  return ids;
}

/** Mermaid looks for `%%{…}%%` directives anywhere, comments included: a comment keeps none of % { } or line breaks. */
const commentText = (text: string) => text.replace(/[%{}\p{Cc}\u2028\u2029]+/gu, ' ').trim();

/**
 * A Mermaid flowchart of the diagram (left to right, shapes by kind, arrows labelled by kind, a subgraph per
 * boundary, notes as comments), to paste into Markdown.
 */
export function toMermaid(doc: FlowDocument): string {
  const ids = idMap(doc);
  const lines = ['flowchart LR'];
  const title = commentText(doc.title);
  if (title) lines.push(`  %% ${title}`);
  const shape = (node: FlowNode, indent: string) => {
    const [open, close] = SHAPES[node.kind];
    return `${indent}${ids.get(node.id)}${open}${mermaidText(node.label)}${close}`;
  };
  // A boundary is a subgraph holding its nodes.
  for (const group of doc.groups ?? []) {
    lines.push(`  subgraph ${ids.get(group.id)}[${mermaidText(group.label)}]`, ...doc.nodes.filter((n) => n.group === group.id).map((n) => shape(n, '    ')), '  end');
  }
  for (const node of doc.nodes) if (node.group === undefined) lines.push(shape(node, '  '));
  for (const edge of doc.edges) {
    const [from, to] = [ids.get(edge.source), ids.get(edge.target)];
    if (!from || !to) continue;
    const label = mermaidText(edge.label ? `${edge.kind}: ${edge.label}` : edge.kind);
    lines.push(`  ${from} ${edge.kind === 'failure' ? '-.->' : '-->'}|${label}| ${to}`);
  }
  const caches = doc.nodes.filter((n) => n.kind === 'cache').map((n) => ids.get(n.id));
  if (caches.length) lines.push('  classDef cache stroke-dasharray: 5 3', `  class ${caches.join(',')} cache`);
  // Notes have no place in a flowchart: they come along as comments.
  for (const note of doc.notes ?? []) lines.push(`  %% Note: ${commentText(note.text)}`);
  return `${lines.join('\n')}\n`;
}
