import { z } from 'zod';
import { CURRENT_VERSION, FlowDocument } from './schema';

/** The published JSON Schema of the format, generated from the zod schema (its single source). */
export function flowmapJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://flowmap.example/flowmap.schema.json',
    title: `Flowmap diagram (format "flowmap", version ${CURRENT_VERSION})`,
    ...z.toJSONSchema(FlowDocument, { target: 'draft-2020-12' }),
  };
}
