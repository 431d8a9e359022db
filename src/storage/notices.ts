/**
 * What start-up or a save has to tell the person. `data` is a save that could not be kept in the
 * database, for the app to offer as a download.
 */
export interface StorageNotice {
  kind: 'kept' | 'not-kept' | 'opened-older' | 'rebuilt' | 'unavailable';
  message: string;
  data?: string;
}

/** The first problems of a list, for a one-line message. */
export const brief = (errors: readonly string[]) => errors.slice(0, 2).join('; ');
