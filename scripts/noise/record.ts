import { appendFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import type { FlowDocument } from '../../src/model';

/*
 * Setup file of the noise measure: the analysis tests' `diagram()` pushes every diagram it builds
 * onto this list, and each test file's diagrams are appended to the corpus file once it is done.
 */
const built: FlowDocument[] = [];
(globalThis as { flowmapDiagrams?: FlowDocument[] }).flowmapDiagrams = built;

afterAll(() => {
  const corpus = process.env.FLOWMAP_NOISE_CORPUS;
  if (corpus && built.length > 0) appendFileSync(corpus, built.map((doc) => `${JSON.stringify(doc)}\n`).join(''));
});
