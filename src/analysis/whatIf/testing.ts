import type { FlowDocument } from '../../model';
import { simulate } from './simulate';
import type { Effect, EdgeFault, NodeFault, WhatIf } from './types';

export const onNode = (doc: FlowDocument, id: string, kind: NodeFault = 'down'): WhatIf => simulate(doc, { target: { type: 'node', id }, kind });
export const onEdge = (doc: FlowDocument, id: string, kind: EdgeFault = 'down'): WhatIf => simulate(doc, { target: { type: 'edge', id }, kind });

/** The effects on one node or arrow, worst first; [] when untouched. */
export const effects = (result: WhatIf, id: string): Effect[] =>
  result.affected.find((a) => a.id === id)?.effects.map((x) => x.effect) ?? [];

export const stopsAt = (result: WhatIf, id: string) => result.stops.filter((s) => s.id === id).map((s) => s.by);

export const toldAbout = (result: WhatIf, id: string, effect: Effect) =>
  result.affected.find((a) => a.id === id)?.effects.find((x) => x.effect === effect)?.told;
