import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis';
import type { FlowDocument } from '../../model';
import { fanOut } from '../../templates';
import { renderAnnotatedSvg } from './renderAnnotatedSvg';
import { xmlProblem } from './testing/wellFormedXml';

const at = '2026-11-20T09:30:00.000Z';

function commented(): FlowDocument {
  const fingerprint = analyze(fanOut).findings[0]!.fingerprint;
  return {
    ...fanOut,
    comments: [
      { id: 'c1', target: { type: 'node', id: 'topic' }, author: 'Grace', text: 'How many partitions? <and & "quotes">', createdAt: at, replies: [{ author: 'Ada', text: 'Twelve', createdAt: at }] },
      { id: 'c2', target: { type: 'edge', id: 'e4' }, text: 'Is this publish transactional?', createdAt: at, resolved: true },
      { id: 'c3', target: { type: 'finding', fingerprint }, author: 'Ada', text: 'Accepted for now', createdAt: at },
      { id: 'c4', target: { type: 'diagram' }, text: 'Looks good overall', createdAt: at },
    ],
  };
}

describe('comments in the SVG export', () => {
  it('pins each commented node and arrow with its thread numbers and lists the threads under the findings', () => {
    const doc = commented();
    const { svg } = renderAnnotatedSvg(doc, analyze(doc), { comments: true });
    expect(xmlProblem(svg)).toBeUndefined();
    const pins = svg.slice(svg.indexOf('fm-comment-pins'), svg.indexOf('fm-legend'));
    expect(pins).toContain('>C1<');
    expect(pins).toContain('>C2<');
    // Findings and the diagram have no place on the map: listed only.
    expect(pins).not.toContain('>C3<');
    const list = svg.slice(svg.indexOf('class="fm-comments"'));
    expect(list).toContain('1 resolved');
    expect(list).toContain('On Kafka Topic · Grace, 2026-11-20');
    expect(list).toContain('How many partitions? &lt;and &amp; &quot;quotes&quot;&gt;');
    expect(list).toContain('↳ Twelve — Ada, 2026-11-20');
    expect(list).toContain('On the arrow Service A → Kafka Topic · 2026-11-20 · resolved');
    expect(list).toMatch(/On the [a-z-]+ finding · Ada/);
    expect(list).toContain('On the diagram');
  });

  it('leaves comments out unless asked, and adds nothing for a diagram without any', () => {
    const doc = commented();
    expect(renderAnnotatedSvg(doc, analyze(doc)).svg).not.toContain('fm-comment');
    const plain = renderAnnotatedSvg(fanOut, analyze(fanOut), { comments: true });
    expect(plain).toEqual(renderAnnotatedSvg(fanOut, analyze(fanOut)));
  });

  it('grows the image to hold the list', () => {
    const doc = commented();
    expect(renderAnnotatedSvg(doc, analyze(doc), { comments: true }).height).toBeGreaterThan(renderAnnotatedSvg(doc, analyze(doc)).height + 150);
  });
});
