import { describe, expect, it } from 'vitest';
import { el, escapeXml, fragment, num, text } from './markup';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('writes bidi controls as numeric references', () => {
    expect(escapeXml('a\u202eb\u2066c\u200f')).toBe('a&#x202E;b&#x2066;c&#x200F;');
  });

  it('replaces what XML forbids and keeps emoji, RTL letters and whitespace', () => {
    expect(escapeXml('a\u0000b\u001fc\uFFFFd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('x\uD83Dy\uDE00z')).toBe('x\uFFFDy\uFFFDz');
    expect(escapeXml('🚀 👩‍💻 שלום\t\n')).toBe('🚀 👩‍💻 שלום\t\n');
  });
});

describe('num', () => {
  it('rounds to two decimals and never writes -0 or NaN', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
    expect(num(-12.5)).toBe('-12.5');
  });
});

describe('el', () => {
  it('escapes attribute values, formats numbers and drops undefined attributes', () => {
    expect(el('rect', { x: 1.005, title: '"><script>', fill: undefined })).toBe('<rect x="1" title="&quot;&gt;&lt;script&gt;"/>');
  });

  it('nests children and joins fragments', () => {
    expect(el('g', {}, [el('text', {}, [text('a & b')]), fragment([text('<'), text('>')], ' ')])).toBe('<g><text>a &amp; b</text>&lt; &gt;</g>');
  });
});
