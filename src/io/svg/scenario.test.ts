import { describe, expect, it } from 'vitest';
import { analyze, simulate } from '../../analysis';
import { fanOut } from '../../templates';
import { escapeXml } from './markup';
import { renderAnnotatedSvg } from './renderAnnotatedSvg';
import { xmlProblem } from './testing/wellFormedXml';

const dropAtC = simulate(fanOut, { target: { type: 'node', id: 'consumerC' }, kind: 'drop' });
const render = () => renderAnnotatedSvg(fanOut, analyze(fanOut), { date: '2026-11-25', whatIf: dropAtC });

describe('a what-if scenario in the exported image', () => {
  it('narrates the steps in order, each unmitigated one with its fix, under the scenario’s question', () => {
    const { svg } = render();
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).toContain('>What if Consumer C drops data?</');
    const positions = dropAtC.steps.map((step) => svg.indexOf(escapeXml(step.sentence).slice(0, 40)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(svg).toContain('Fix: Give Consumer C a dead-letter path');
    expect(svg).toContain('broken silently: Elasticsearch');
    expect(svg).not.toContain('class="fm-finding');
  });

  it('rings each affected node in its worst effect’s colour, draws the spread on its arrows and fades the rest', () => {
    const { svg } = render();
    expect(svg.match(/class="fm-spread-node fm-effect-/g)).toHaveLength(dropAtC.affected.filter((a) => a.type === 'node').length);
    expect(svg).toContain('>fault · lost</text>');
    expect(svg).toMatch(/class="fm-spread-edge fm-effect-lost"[^>]*data-edge="e8"/);
    expect(svg).toMatch(/class="fm-spread-edge fm-effect-half-done"[^>]*data-edge="e5"/);
    // Six nodes are untouched: the user's side, the topic and Postgres.
    expect(svg.match(/<g opacity="0.3"><g class="fm-node /g)).toHaveLength(fanOut.nodes.length - 3);
  });

  it('leaves the plain export as it was', () => {
    const plain = renderAnnotatedSvg(fanOut, analyze(fanOut), { date: '2026-11-25' }).svg;
    expect(plain).not.toContain('fm-spread');
    expect(plain).not.toContain('opacity="0.3"');
  });
});
