import { describe, expect, it } from 'vitest';
import { fanOut } from '../templates';
import { decodeShareFragment, encodeShareFragment } from './shareLink';
import { decodeShareScenario } from './shareScenario';

describe('a share link’s what-if scenario', () => {
  it('travels with the diagram and comes back as the same fault, on a node or an arrow', () => {
    for (const fault of [{ target: { type: 'node', id: 'consumerC' }, kind: 'drop' }, { target: { type: 'edge', id: 'e2' }, kind: 'slow' }] as const) {
      const hash = `#${encodeShareFragment(fanOut, fault)}`;
      expect(decodeShareFragment(hash)).toEqual({ ok: true, doc: fanOut });
      expect(decodeShareScenario(hash, fanOut)).toEqual({ fault });
    }
  });

  it('is absent from a plain link, and a wrong one names the f parameter and the problem', () => {
    const link = `#${encodeShareFragment(fanOut)}`;
    expect(decodeShareScenario(link, fanOut)).toEqual({});
    expect(decodeShareScenario(`${link}&f=nowhere:down`, fanOut).error).toBe('f: no arrow "nowhere"');
    expect(decodeShareScenario(`${link}&f=e2:schema`, fanOut).error).toMatch(/^f: an arrow cannot be "schema"/);
    expect(decodeShareScenario(`${link}&f=consumerC:melt`, fanOut).error).toMatch(/^f: expected <element id>:<down\|slow/);
    expect(decodeShareScenario(`${link}&f=%3Cscript%3E:down`, fanOut).error).toMatch(/^f: expected/);
    expect(decodeShareScenario(`${link}&f=%E0%A4%A:down`, fanOut).error).toMatch(/^f: expected/);
  });
});
