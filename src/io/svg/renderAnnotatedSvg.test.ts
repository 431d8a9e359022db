import { describe, expect, it } from 'vitest';
import { nodeLayout, type FlowDocument, type FlowNode } from '../../model';
import { analyze, type Analysis, type Finding } from '../../analysis';
import { emptyDocument, fanOut } from '../../templates';
import { escapeXml } from './markup';
import { renderAnnotatedSvg } from './renderAnnotatedSvg';
import { xmlProblem } from './testing/wellFormedXml';

const DATE = '2026-11-24';
const none: Analysis = { answers: {}, findings: [] };

const finding = (severity: Finding['severity'], message: string, fix: string, nodes: string[], edges: string[] = []): Finding => ({
  rule: 'single-writer',
  fingerprint: `single-writer|${nodes.join(',')}|${edges.join(',')}`,
  question: 'ownership',
  severity,
  nodes,
  edges,
  message,
  fix,
  unknowns: [],
});

const review: Analysis = {
  answers: {},
  findings: [
    finding('error', 'Consumer B and Consumer C both write order.', 'Pick one owner of order.', ['consumerB', 'consumerC'], ['e7']),
    finding('warning', 'Kafka Topic has no lag alert.', 'Alert on the consumer lag.', ['topic']),
    finding('warning', 'Consumer B is not idempotent.', 'Deduplicate on the message id.', ['consumerB'], ['e7']),
    finding('info', 'A note on the whole document.', 'Nothing to do.', []),
  ],
};

const row = (count: number): FlowDocument => ({
  ...emptyDocument(),
  nodes: Array.from({ length: count }, (_, i): FlowNode => ({ id: `n${i}`, kind: 'service', label: `N${i}`, position: { x: i * 220, y: 0 } })),
  edges: [],
});

function svgOf(doc: FlowDocument, analysis: Analysis = none, options = {}) {
  const rendered = renderAnnotatedSvg(doc, analysis, { date: DATE, ...options });
  expect(xmlProblem(rendered.svg)).toBeUndefined();
  return rendered;
}

describe('renderAnnotatedSvg', () => {
  it('renders the whole diagram as well-formed SVG with every node label, the title and the date', () => {
    const { svg, width, height } = svgOf(fanOut, review);
    expect(svg).toMatch(new RegExp(`^<\\?xml[^>]*\\?>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`));
    for (const node of fanOut.nodes) for (const line of nodeLayout(node).label) expect(svg).toContain(`>${escapeXml(line)}</text>`);
    expect(svg).toContain('<title id="fm-title">Order events fan-out (Flowmap design review)</title>');
    expect(svg).toMatch(/<desc id="fm-desc">[^<]*9 nodes and 8 edges[^<]*on 2026-11-24: 1 error · 2 warnings · 1 info\.<\/desc>/);
    expect(svg).toContain('>Order events fan-out</text>');
    expect(svg).toContain(`>${DATE} · 9 nodes · 8 edges</text>`);
    expect(svg).toMatch(/font-family="system-ui, [^"]*sans-serif/);
  });

  it('lists every finding, numbered, with its message and fix', () => {
    const { svg } = svgOf(fanOut, review);
    review.findings.forEach((f, i) => {
      expect(svg).toContain(`<title>Finding ${i + 1}</title>`);
      expect(svg).toContain(`>${f.message}</text>`);
      expect(svg).toContain(`<tspan font-weight="700">Fix:</tspan> ${f.fix}</text>`);
    });
  });

  it('puts badges with the legend numbers on nodes and edges, coloured by the worst severity', () => {
    const { svg } = svgOf(fanOut, review);
    const between = (from: string, to: string) => svg.slice(svg.indexOf(from), svg.indexOf(to));
    const badges = (part: string) =>
      [...part.matchAll(/<g class="fm-badge"><title>([^<]*)<\/title><rect [^>]*fill="(#[0-9a-f]+)"[^>]*\/><text [^>]*>([^<]+)<\/text><\/g>/g)].map(
        ([, title, colour, label]) => ({ title, colour, label }),
      );
    expect(badges(between('<g class="fm-badges">', '<g class="fm-legend">'))).toEqual([
      { title: 'Finding 2 (worst: warning)', colour: '#d97706', label: '2' },
      { title: 'Findings 1, 3 (worst: error)', colour: '#dc2626', label: '1,3' },
      { title: 'Finding 1 (worst: error)', colour: '#dc2626', label: '1' },
    ]);
    expect(badges(between('<g class="fm-edge-tags">', '<g class="fm-badges">'))).toEqual([
      { title: 'Findings 1, 3 (worst: error)', colour: '#dc2626', label: '1,3' },
    ]);
  });

  it('shows malicious and unusual labels only as escaped text', () => {
    const doc: FlowDocument = {
      ...emptyDocument(),
      title: '<script>alert(1)</script>',
      nodes: [
        { id: 'x', kind: 'service', label: '<script>alert(1)</script>', owner: '"&\'', position: { x: 0, y: 0 } },
        { id: 'q', kind: 'queue', label: '"&\' <img src=x onerror=alert(1)>', position: { x: 300, y: 0 } },
        { id: 'r', kind: 'actor', label: 'abc\u202edef', position: { x: 0, y: 200 } },
        { id: 'e', kind: 'store', label: 'Orders 🚀 שלום', position: { x: 300, y: 200 } },
      ],
      edges: [{ id: 'e1', source: 'x', target: 'q', kind: 'request', label: '</text><script>' }],
    };
    const analysis: Analysis = { answers: {}, findings: [finding('error', '<b>bold</b> & co', 'Use "quotes" & \'apostrophes\'', ['x'])] };
    const { svg } = svgOf(doc, analysis);
    expect(svg).not.toMatch(/<script|<img|<b>|\u202e|"&'/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&amp;&#39;');
    expect(svg).toContain('abc&#x202E;def');
    expect(svg).toContain('Orders 🚀 שלום');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(svg).toContain('Use &quot;quotes&quot; &amp; &#39;apostrophes&#39;');
  });

  it('grows with the diagram and with the legend', () => {
    const small = svgOf(row(3));
    const wide = svgOf(row(12));
    expect(wide.width).toBeGreaterThan(small.width);
    const tall = svgOf({ ...row(1), nodes: [...row(1).nodes, { id: 'low', kind: 'store', label: 'Low', position: { x: 0, y: 900 } }] });
    expect(tall.height).toBeGreaterThan(small.height + 800);
    const reviewed = svgOf(row(3), { answers: {}, findings: [finding('warning', 'Something about N1.', 'Fix N1.', ['n1'])] });
    expect(reviewed.height).toBeGreaterThan(small.height);
    expect(reviewed.width).toBe(small.width);
  });

  it('renders an empty document as a valid SVG that says the diagram is empty', () => {
    const { svg, width, height } = svgOf(emptyDocument());
    expect(svg).toContain('>This diagram is empty</text>');
    expect(svg).toContain('>Untitled diagram</text>');
    expect(svg).toContain('none: nothing for the reviewer to flag');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('draws nodes without a position and self loops, and skips edges to missing nodes', () => {
    const doc: FlowDocument = {
      ...emptyDocument(),
      nodes: [
        { id: 'a', kind: 'service', label: 'Placed', position: { x: 0, y: 0 } },
        { id: 'b', kind: 'cache', label: 'Floating' },
      ],
      edges: [
        { id: 'ok', source: 'a', target: 'b', kind: 'write' },
        { id: 'loop', source: 'a', target: 'a', kind: 'request' },
        { id: 'gone', source: 'a', target: 'ghost', kind: 'request' },
      ],
    };
    const { svg } = svgOf(doc, { answers: {}, findings: [finding('error', 'Dangling.', 'Remove it.', ['ghost'], ['gone'])] });
    expect(svg).toContain('>Floating</text>');
    expect(svg.match(/<path class="fm-edge /g)).toHaveLength(2);
    expect(svg).toContain('>Dangling.</text>');
  });

  it('draws light and dark themes, and leaves out the background when transparent', () => {
    const light = svgOf(fanOut, review, { theme: 'light' }).svg;
    const dark = svgOf(fanOut, review, { theme: 'dark' }).svg;
    expect(light).toContain('<rect class="fm-background" width=');
    expect(light).toContain('fill="#ffffff"/>');
    expect(dark).toContain('fill="#111827"/>');
    expect(light).not.toBe(dark);
    expect(svgOf(fanOut, review, { transparent: true }).svg).not.toContain('fm-background');
  });

  it('is deterministic, and shows no date unless given one', () => {
    expect(renderAnnotatedSvg(fanOut, review, { date: DATE })).toEqual(renderAnnotatedSvg(structuredClone(fanOut), structuredClone(review), { date: DATE }));
    expect(renderAnnotatedSvg(fanOut, review).svg).toContain('>9 nodes · 8 edges</text>');
  });

  it('renders the reviewer’s own analysis of the fan-out template', () => {
    const analysis = analyze(fanOut);
    expect(analysis.findings.length).toBeGreaterThan(0);
    const { svg } = svgOf(fanOut, analysis);
    analysis.findings.forEach((f, i) => {
      expect(svg).toContain(`<title>Finding ${i + 1}</title>`);
      expect(svg).toContain(escapeXml(f.fix.split(' ').slice(0, 3).join(' ')));
    });
    expect(svg).toContain('fm-badges"><g class="fm-badge">');
  });

  // How fast is measured in the bench, not asserted here: this checks that a big map renders whole.
  it('renders a large diagram, every node of it', () => {
    const count = 3000;
    const doc: FlowDocument = {
      ...emptyDocument(),
      nodes: Array.from({ length: count }, (_, i): FlowNode => ({ id: `n${i}`, kind: 'service', label: `Node ${i}`, position: { x: (i % 60) * 220, y: Math.floor(i / 60) * 120 } })),
      edges: Array.from({ length: count - 1 }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, kind: 'request' as const })),
    };
    const { svg } = renderAnnotatedSvg(doc, { answers: {}, findings: [finding('warning', 'Many.', 'Fewer.', doc.nodes.map((n) => n.id))] });
    expect(svg.match(/<g class="fm-node /g)).toHaveLength(count);
  });
});
