/**
 * A small XML well-formedness check for tests (node has no DOMParser): one root element, every tag closed in
 * order, attributes quoted and unique, entities known, no character XML forbids. Returns the first problem.
 */

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/y;

function forbiddenCharacter(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return i;
    if (code === 0xfffe || code === 0xffff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return i;
  }
  return -1;
}

function badAmpersand(value: string, offset: number): number {
  for (let i = value.indexOf('&'); i !== -1; i = value.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(value)) return offset + i;
  }
  return -1;
}

function matchAt(pattern: RegExp, xml: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(xml);
}

export function xmlProblem(xml: string): string | undefined {
  const forbidden = forbiddenCharacter(xml);
  if (forbidden !== -1) return `character not allowed in XML at ${forbidden}`;
  const stack: string[] = [];
  let roots = 0;
  let at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  if (at === 1) return 'unterminated XML declaration';
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const textEnd = open === -1 ? xml.length : open;
    const between = xml.slice(at, textEnd);
    const amp = badAmpersand(between, at);
    if (amp !== -1) return `bare "&" at ${amp}`;
    if (stack.length === 0 && between.trim()) return `text outside the root element at ${at}`;
    if (open === -1) break;
    if (xml.startsWith('<!--', open)) {
      const close = xml.indexOf('-->', open + 4);
      if (close === -1) return `unterminated comment at ${open}`;
      at = close + 3;
      continue;
    }
    const closing = xml[open + 1] === '/';
    const name = matchAt(NAME, xml, open + (closing ? 2 : 1))?.[0];
    if (!name) return `bad tag at ${open}`;
    let cursor = open + (closing ? 2 : 1) + name.length;
    if (closing) {
      const end = xml.indexOf('>', cursor);
      if (end === -1 || xml.slice(cursor, end).trim()) return `bad closing tag at ${open}`;
      if (stack.pop() !== name) return `</${name}> at ${open} does not close the open element`;
      at = end + 1;
      continue;
    }
    const seen = new Set<string>();
    for (let attribute = matchAt(ATTRIBUTE, xml, cursor); attribute; attribute = matchAt(ATTRIBUTE, xml, cursor)) {
      const [whole, attributeName = '', quoted = ''] = attribute;
      if (seen.has(attributeName)) return `duplicate attribute ${attributeName} at ${cursor}`;
      seen.add(attributeName);
      const ampInValue = badAmpersand(quoted, cursor);
      if (ampInValue !== -1) return `bare "&" in an attribute at ${ampInValue}`;
      cursor += whole.length;
    }
    const rest = matchAt(/\s*(\/?)>/y, xml, cursor);
    if (!rest) return `bad start tag <${name}> at ${open}`;
    if (stack.length === 0 && ++roots > 1) return `second root element at ${open}`;
    if (!rest[1]) stack.push(name);
    at = cursor + rest[0].length;
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? undefined : 'no root element';
}
