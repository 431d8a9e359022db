import { v1ToV2 } from './0001-v1-to-v2';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Migrations, keyed on the version they upgrade FROM; each lives in its own numbered file. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };
