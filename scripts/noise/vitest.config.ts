import { defineConfig } from 'vitest/config';

/** The analysis tests, recording every diagram they build (see record.ts). */
export default defineConfig({
  test: { include: ['src/analysis/**/*.test.ts'], exclude: ['src/analysis/properties.test.ts'], setupFiles: ['scripts/noise/record.ts'], environment: 'node' },
});
