import { describe, expect, it } from 'vitest';
import { xmlProblem } from './wellFormedXml';

describe('xmlProblem', () => {
  it('accepts well-formed documents', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<a x="1" y=\'&amp;\'><b/><!-- c --><c>t &lt; &#x202E; &#39;</c></a>\n')).toBeUndefined();
  });

  it.each([
    ['<a><b></a></b>', /does not close/],
    ['<a>', /unclosed <a>/],
    ['<a/><b/>', /second root/],
    ['<a>x & y</a>', /bare "&"/],
    ['<a t="&nbsp;"/>', /bare "&" in an attribute/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a x=1/>', /bad start tag/],
    ['<a x="<"/>', /bad start tag/],
    ['<a>\u0001</a>', /not allowed/],
    ['<a>\uD800</a>', /not allowed/],
    ['text<a/>', /outside the root/],
    ['', /no root/],
  ])('rejects %j', (xml, problem) => {
    expect(xmlProblem(xml)).toMatch(problem);
  });
});
