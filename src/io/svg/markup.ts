declare const markupBrand: unique symbol;

/** SVG source that is already escaped. Only `el`, `text` and `fragment` make it, so raw text never reaches the output. */
export type Markup = string & { readonly [markupBrand]: true };

type AttributeValue = string | number | undefined;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const REPLACEMENT = '\uFFFD';

function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function isForbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/**
 * Escape text for XML content or a quoted attribute. Characters XML 1.0 forbids (control characters, lone
 * surrogates) become U+FFFD; bidi controls become numeric references, so whoever reads the SVG source sees them.
 */
export function escapeXml(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    const code = value.charCodeAt(i);
    if (char in ENTITIES) out += ENTITIES[char];
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += value.slice(i, ++i + 1);
      else out += REPLACEMENT;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += REPLACEMENT;
    else if (isForbiddenInXml(code)) out += REPLACEMENT;
    else if (isBidiControl(code)) out += `&#x${code.toString(16).toUpperCase()};`;
    else out += char;
  }
  return out;
}

/** A coordinate or length: two decimals at most, never "-0", never NaN. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) && rounded !== 0 ? String(rounded) : '0';
}

function attribute(name: string, value: AttributeValue): string {
  if (value === undefined) return '';
  return ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
}

/** An element; tag and attribute names are the renderer's own constants, values are escaped. */
export function el(tag: string, attributes: Readonly<Record<string, AttributeValue>> = {}, children: readonly Markup[] = []): Markup {
  const attrs = Object.entries(attributes).map(([name, value]) => attribute(name, value)).join('');
  return (children.length ? `<${tag}${attrs}>${children.join('')}</${tag}>` : `<${tag}${attrs}/>`) as Markup;
}

export function text(value: string): Markup {
  return escapeXml(value) as Markup;
}

export function fragment(parts: readonly Markup[], separator = ''): Markup {
  return parts.join(separator) as Markup;
}
