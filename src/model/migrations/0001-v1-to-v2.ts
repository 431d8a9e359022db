import type { Migration } from './migration';

/**
 * v2 adds optional boundaries (groups), notes, comments, waivers and a node's `group`: every v1
 * document is already a valid v2 document once it says so.
 */
export const v1ToV2: Migration = (raw) => ({ ...raw, version: 2 });
