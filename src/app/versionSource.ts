import type { Storage } from '../storage';

/** What the Versions dialog reads: the browser storage's list of versions, each read back on demand. */
export type VersionSource = Pick<Storage, 'versions' | 'openVersion'>;

let source: VersionSource | undefined;

/** Start-up hands the storage over once it is open. */
export const provideVersions = (storage: VersionSource) => {
  source = storage;
};

export const versionSource = (): VersionSource | undefined => source;
