import type { CSSProperties } from 'react';
import { EFFECT_SPEC, EFFECTS, type WhatIf } from '../analysis';
import type { FlowDocument } from '../model';
import type { LensView } from './lenses';

const DIM = 'fm-lens--dim';

/** Each effect's colour as a CSS variable (`--fm-effect-lost`…), from the one table the exports read too. */
export const EFFECT_VARIABLES = Object.fromEntries(EFFECTS.map((effect) => [`--fm-effect-${effect}`, EFFECT_SPEC[effect].colour])) as CSSProperties;

/**
 * A what-if scenario as a lens: each affected node and arrow is coloured by its worst effect (its
 * arrows say every effect in words), the arrows the spread took are animated in the direction it
 * travelled, and everything unaffected dims.
 */
export function whatIfLens(doc: FlowDocument, whatIf: WhatIf): LensView {
  const view: LensView = { nodeClass: new Map(), nodeEntities: new Map(), edgeClass: new Map(), edgeModes: new Map() };
  const affected = new Map(whatIf.affected.map((a) => [a.id, a]));
  const fault = whatIf.fault.target.id;
  for (const node of doc.nodes) {
    const hit = affected.get(node.id);
    view.nodeClass.set(node.id, hit ? `fm-whatif fm-whatif--${hit.worst}${node.id === fault ? ' fm-whatif--fault' : ''}` : DIM);
  }
  for (const edge of doc.edges) {
    const hit = affected.get(edge.id);
    if (!hit) {
      view.edgeClass.set(edge.id, DIM);
      continue;
    }
    // A caller's failure travels back up its call: the first step that reached the arrow tells which way.
    const first = whatIf.steps[Math.min(...hit.effects.map((e) => e.step))]!;
    const against = first.via === edge.id && first.nodes[0] === edge.source && edge.source !== edge.target;
    view.edgeClass.set(edge.id, `fm-whatif fm-whatif--${hit.worst}${against ? ' fm-whatif--against' : ''}${edge.id === fault ? ' fm-whatif--fault' : ''}`);
    view.edgeModes.set(edge.id, hit.effects.map((e) => e.effect));
  }
  return view;
}
