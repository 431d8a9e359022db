#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step): `npx flowmap lint FILE...`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
