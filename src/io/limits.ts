/** Past these sizes input is refused with a message instead of freezing the tab. */
export const MAX_DECOMPRESSED_BYTES = 10 * 1024 * 1024;
export const MAX_PNG_BYTES = 20 * 1024 * 1024;
