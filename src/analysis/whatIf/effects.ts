import type { FlowDocument } from '../../model';
import { buildGraph } from '../graph';
import { describeEdge, label } from '../text';
import { faultProblem } from './simulate';
import { EFFECTS, type Effect, type Fault, type WhatIf } from './types';

/**
 * How each effect is named and coloured wherever a scenario is shown: the canvas, the panel's
 * legend and the exported image all read this table, so they agree. Each carries white text at 4.5:1 or more.
 */
export const EFFECT_SPEC: Readonly<Record<Effect, { meaning: string; colour: string }>> = {
  lost: { meaning: 'never arrives', colour: '#dc2626' },
  malformed: { meaning: 'arrives in a shape its reader does not expect', colour: '#c026d3' },
  stale: { meaning: 'is served out of date while another copy is current', colour: '#7c3aed' },
  'half-done': { meaning: 'landed on one side of a step and not the other', colour: '#c2410c' },
  duplicated: { meaning: 'is processed twice', colour: '#a16207' },
  failed: { meaning: 'a call fails, and its caller with it', colour: '#0f766e' },
  blocked: { meaning: 'a call hangs, and its caller with it', colour: '#475569' },
  late: { meaning: 'arrives, later', colour: '#2563eb' },
};

const FAULT_PHRASE: Readonly<Record<Fault['kind'], string>> = {
  down: 'is down',
  slow: 'is slow',
  duplicate: 'duplicates its data',
  drop: 'drops data',
  schema: 'changes its schema',
};

/** "What if Consumer C is down?", "What if the call from API Gateway to Validation drops data?" */
export function scenarioQuestion(doc: FlowDocument, fault: Fault): string {
  const graph = buildGraph(doc);
  if (faultProblem(graph, fault)) return `What if ${fault.target.id} ${FAULT_PHRASE[fault.kind]}?`;
  const name = fault.target.type === 'node' ? label(graph, graph.indexOf.get(fault.target.id) ?? -1) : describeEdge(graph, graph.edgeId.indexOf(fault.target.id));
  return `What if ${name} ${FAULT_PHRASE[fault.kind]}?`;
}

/** The effects a scenario causes anywhere, worst first: what its legend lists. */
export const effectsIn = (whatIf: WhatIf): Effect[] => EFFECTS.filter((effect) => whatIf.affected.some((a) => a.effects.some((e) => e.effect === effect)));

/** "3 nodes affected; broken silently: Elasticsearch; stopped 1 time." */
export function scenarioSummary(doc: FlowDocument, whatIf: WhatIf): string {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const nodes = whatIf.affected.filter((a) => a.type === 'node').length;
  const stops = whatIf.stops.length;
  return [
    `${nodes} node${nodes === 1 ? '' : 's'} affected`,
    whatIf.silent.length ? `broken silently: ${whatIf.silent.map((id) => labels.get(id) ?? id).join(', ')}` : 'nothing broken silently',
    ...(stops ? [`stopped ${stops} time${stops === 1 ? '' : 's'}`] : []),
  ].join('; ') + '.';
}
