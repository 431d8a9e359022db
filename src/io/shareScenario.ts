import { z } from 'zod';
import { EDGE_FAULTS, NODE_FAULTS, faultProblem, type Fault } from '../analysis';
import { Id, type FlowDocument } from '../model';

const PARAM = 'f';

/** `&f=<id>:<fault>`: ids never hold a colon, so the two parts read back unambiguously. */
export const encodeScenario = (fault: Fault): string => `&${PARAM}=${fault.target.id}:${fault.kind}`;

const ScenarioParam = z.tuple([Id, z.enum([...new Set([...NODE_FAULTS, ...EDGE_FAULTS])])]);

/** A broken %-escape is kept as written, so it fails the check below with the rest. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type ScenarioInLink = { fault?: Fault; error?: string };

/**
 * The what-if scenario a share link opens with, checked against the diagram it carries: a node or
 * arrow of that diagram and a fault it can have. Nothing when the link has none; a message naming
 * the `f` parameter when it is wrong.
 */
export function decodeShareScenario(hash: string, doc: FlowDocument): ScenarioInLink {
  const raw = hash.replace(/^#/, '').split('&').find((part) => part.startsWith(`${PARAM}=`));
  if (raw === undefined) return {};
  const value = decoded(raw.slice(PARAM.length + 1));
  const parsed = ScenarioParam.safeParse(value.split(':'));
  if (!parsed.success) return { error: `${PARAM}: expected <element id>:<${NODE_FAULTS.join('|')}>, got "${value.slice(0, 80)}"` };
  const [id, kind] = parsed.data;
  const type = doc.nodes.some((n) => n.id === id) ? 'node' : 'edge';
  const fault = { target: { type, id }, kind } as Fault;
  const problem = faultProblem(doc, fault);
  return problem ? { error: `${PARAM}: ${problem}` } : { fault };
}
