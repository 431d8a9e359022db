import { describe, expect, it } from 'vitest';
import { noteLayout, type FlowDocument } from '../../model';
import { emptyDocument } from '../../templates';
import { renderAnnotatedSvg } from './renderAnnotatedSvg';
import { xmlProblem } from './testing/wellFormedXml';

const none = { answers: {}, findings: [] };
const LONG_LABEL = 'Payments and settlement team, cardholder data environment (PCI scope)';
const LONG_NOTE = 'Retries are capped at three; a poison message goes to the dead-letter topic, which the on-call engineer drains by hand every morning.';

const doc: FlowDocument = {
  ...emptyDocument(),
  nodes: [{ id: 'pay', kind: 'service', label: 'Payments', group: 'team', position: { x: 60, y: 80 } }],
  edges: [],
  groups: [{ id: 'team', label: LONG_LABEL, kind: 'trust', owner: 'payments', position: { x: 20, y: 20 }, size: { width: 260, height: 200 } }],
  notes: [{ id: 'n1', text: `${LONG_NOTE}\nSecond paragraph.`, position: { x: 900, y: 600 }, size: { width: 200, height: 40 } }],
};

describe('boundaries and notes in the SVG export', () => {
  const { svg, width, height } = renderAnnotatedSvg(doc, none);

  it('draws a boundary behind the nodes and arrows, with its kind, owner and whole label', () => {
    expect(xmlProblem(svg)).toBeUndefined();
    const frame = svg.indexOf('<g class="fm-boundary fm-boundary-trust">');
    expect(frame).toBeGreaterThan(0);
    expect(frame).toBeLessThan(svg.indexOf('<g class="fm-edges"'));
    expect(frame).toBeLessThan(svg.indexOf('<g class="fm-node fm-service"'));
    expect(svg).toContain('>TRUST ZONE · payments<');
    // The label wraps to the frame's width and every word is there: nothing is cut.
    const drawn = [...svg.slice(frame, svg.indexOf('</g>', frame)).matchAll(/font-weight="700"[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(drawn).toBe(LONG_LABEL);
    expect(svg).not.toContain('…');
  });

  it('draws every line of a note, grown past its stored height to fit them, inside the image', () => {
    const lines = noteLayout(doc.notes![0]!).lines;
    expect(lines.length).toBeGreaterThan(4);
    const note = svg.slice(svg.indexOf('<g class="fm-note">'));
    for (const line of lines) expect(note).toContain(`>${line}<`);
    expect(lines.join(' ')).toBe(`${LONG_NOTE} Second paragraph.`);
    // The image reaches past the far note (at 900, 600), so it is not cropped.
    expect(width).toBeGreaterThan(900);
    expect(height).toBeGreaterThan(600 + noteLayout(doc.notes![0]!).height);
  });

  it('an image of notes alone is not the empty-diagram placeholder', () => {
    const notesOnly = renderAnnotatedSvg({ ...emptyDocument(), notes: doc.notes }, none).svg;
    expect(notesOnly).not.toContain('This diagram is empty');
    expect(notesOnly).toContain('Second paragraph.');
  });
});
