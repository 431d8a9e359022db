import { writeFileSync } from 'node:fs';
import { flowmapJsonSchema } from '../src/model/jsonSchema';

const target = new URL('../public/flowmap.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(flowmapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
