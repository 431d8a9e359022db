import type { FlowDocument } from '../model';

/** The file form of a diagram: two-space indented JSON with a final newline. */
export function serializeDocument(doc: FlowDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
