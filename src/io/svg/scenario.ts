import { EFFECT_SPEC, effectsIn, scenarioQuestion, scenarioSummary, type Effect, type WhatIf } from '../../analysis';
import { routePath, textWidth, wrapText, type Box, type FlowDocument } from '../../model';
import { badge } from './badge';
import type { EdgeLayout } from './edges';
import { line, type Frame } from './legend';
import { el, text, type Markup } from './markup';

const HEADING = { size: 15, bold: true };
const SUMMARY = { size: 12.5 };
const STEP = { size: 13 };
const FIX = { size: 12.5 };
const TAG = { size: 10, bold: true };
const INDENT = 34;
const MAX_TEXT_WIDTH = 860;
const RING = 5;
const KEY_SWATCH = 12;
const KEY_GAP = 18;

/** Each affected node and arrow with its worst effect, and the element that fails. */
export interface ScenarioPaint {
  worst: ReadonlyMap<string, Effect>;
  fault: string;
}

export const scenarioPaint = (whatIf: WhatIf): ScenarioPaint => ({ worst: new Map(whatIf.affected.map((a) => [a.id, a.worst])), fault: whatIf.fault.target.id });

/** A ring in the effect's colour around an affected node, with the effect named on it (colour is never the only cue). */
export function renderNodeRing(box: Box, effect: Effect, fault: boolean): Markup {
  const colour = EFFECT_SPEC[effect].colour;
  const label = fault ? `fault · ${effect}` : effect;
  const width = textWidth(label, TAG) + 10;
  return el('g', { class: `fm-spread-node fm-effect-${effect}` }, [
    el('rect', { x: box.x - RING, y: box.y - RING, width: box.width + 2 * RING, height: box.height + 2 * RING, rx: 14, fill: 'none', stroke: colour, 'stroke-width': fault ? 4 : 2.5 }),
    el('rect', { x: box.x, y: box.y - RING - 15, width, height: 15, rx: 4, fill: colour }),
    el('text', { x: box.x + 5, y: box.y - RING - 4, 'font-size': TAG.size, 'font-weight': 700, fill: '#ffffff' }, [text(label)]),
  ]);
}

/** The spread along an arrow: its curve again, thick and dashed in the effect's colour. */
export function renderSpreadEdge({ edge, route }: EdgeLayout, effect: Effect): Markup {
  return el('path', {
    class: `fm-spread-edge fm-effect-${effect}`,
    d: routePath(route),
    fill: 'none',
    stroke: EFFECT_SPEC[effect].colour,
    'stroke-width': 3.5,
    'stroke-dasharray': '9 5',
    'stroke-linecap': 'round',
    'data-edge': edge.id,
  });
}

function effectKey(whatIf: WhatIf, { x, y, theme }: Frame): Markup {
  let cursor = x;
  const parts = effectsIn(whatIf).flatMap((effect) => {
    const at = cursor;
    cursor += KEY_SWATCH + 6 + textWidth(effect, SUMMARY) + KEY_GAP;
    return [
      el('rect', { x: at, y: y - KEY_SWATCH + 2, width: KEY_SWATCH, height: KEY_SWATCH, rx: 3, fill: EFFECT_SPEC[effect].colour }),
      line(at + KEY_SWATCH + 6, y, SUMMARY, theme.text, [el('title', {}, [text(EFFECT_SPEC[effect].meaning)]), text(effect)]),
    ];
  });
  return el('g', { class: 'fm-effect-key' }, [...parts, line(cursor, y, SUMMARY, theme.muted, [text('dimmed: unaffected')])]);
}

/** The scenario's question, its effects' colours and the narrative, numbered in order, each unmitigated step with its fix. */
export function renderScenarioLegend(doc: FlowDocument, whatIf: WhatIf, frame: Frame): { markup: Markup; height: number } {
  const { x, y, width, theme } = frame;
  const textWidthMax = Math.min(width - INDENT, MAX_TEXT_WIDTH);
  const parts: Markup[] = [
    el('line', { x1: x, y1: y, x2: x + width, y2: y, stroke: theme.rule, 'stroke-width': 1 }),
    line(x, y + 26, HEADING, theme.text, [el('tspan', { 'font-weight': 700 }, [text(scenarioQuestion(doc, whatIf.fault))])]),
    line(x, y + 46, SUMMARY, theme.muted, [text(scenarioSummary(doc, whatIf))]),
    effectKey(whatIf, { ...frame, y: y + 70 }),
  ];
  let cursor = y + 96;
  whatIf.steps.forEach((step, i) => {
    const colour = step.effect && step.kind !== 'stop' ? EFFECT_SPEC[step.effect].colour : theme.muted;
    const entry: Markup[] = [badge({ x: x + 11, y: cursor + 8 }, String(i + 1), colour, theme, `Step ${i + 1}`)];
    let baseline = cursor - 6;
    for (const sentence of wrapText(step.sentence, textWidthMax, STEP)) {
      baseline += 18;
      entry.push(line(x + INDENT, baseline, STEP, theme.text, [text(sentence)]));
    }
    if (step.fix) {
      wrapText(`Fix: ${step.fix}`, textWidthMax, FIX).forEach((fix) => {
        baseline += 17;
        entry.push(line(x + INDENT, baseline, FIX, theme.muted, [text(fix)]));
      });
    }
    parts.push(el('g', { class: `fm-step fm-step-${step.kind}` }, entry));
    cursor = baseline + 20;
  });
  return { markup: el('g', { class: 'fm-legend fm-scenario' }, parts), height: cursor - y };
}
