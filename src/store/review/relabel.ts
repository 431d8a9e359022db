import type { FlowDocument } from '../../model';

/** New names of nodes, by their index in the document. */
export type Relabel = readonly { index: number; label: string }[];

/** The document with the nodes at these indices renamed: what a rename request stands for. */
export function relabelled(doc: FlowDocument, labels: Relabel): FlowDocument {
  const nodes = [...doc.nodes];
  for (const { index, label } of labels) nodes[index] = { ...nodes[index]!, label };
  return { ...doc, nodes };
}
