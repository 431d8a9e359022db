import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowmapJsonSchema } from './jsonSchema';

describe('published JSON Schema', () => {
  it('is generated from the zod schema and committed up to date (run `npm run schema`)', () => {
    const published = JSON.parse(readFileSync(new URL('../../public/flowmap.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(flowmapJsonSchema());
  });

  it('describes every node kind and rejects unknown fields', () => {
    const text = JSON.stringify(flowmapJsonSchema());
    for (const kind of ['actor', 'external', 'scheduler', 'gateway', 'service', 'queue', 'store', 'cache']) expect(text).toContain(`"const":"${kind}"`);
    expect(text).toContain('"additionalProperties":false');
  });
});
