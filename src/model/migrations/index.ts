/**
 * Migrations, keyed on the version they upgrade FROM. Each is a pure function from a
 * raw document of version N to a raw document of version N + 1; add new ones as
 * numbered files (e.g. `0001-v1-to-v2.ts`) and register them here.
 * v1 is the first published format, so the chain is still empty.
 */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};
