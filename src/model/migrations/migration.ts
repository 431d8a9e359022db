/** A pure function from a raw document of version N to a raw document of version N + 1. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;
