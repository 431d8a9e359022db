import type { FlowDocument } from '../../model';
import type { Mitigation } from './types';

/**
 * The one-fact change that applies a mitigation: a list fact (such as `transforms`) gains the value
 * and keeps what it had, any other fact takes it. Undefined when the element is gone.
 */
export function mitigationPatch(doc: FlowDocument, { target, fact, value }: Mitigation): Record<string, unknown> | undefined {
  const element: Record<string, unknown> | undefined = (target.type === 'node' ? doc.nodes : doc.edges).find((x) => x.id === target.id);
  if (!element) return undefined;
  const had = element[fact];
  if (Array.isArray(value) && Array.isArray(had)) return { [fact]: [...new Set([...(had as unknown[]), ...value])] };
  return { [fact]: value };
}
