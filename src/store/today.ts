/** Today's date as the analysis reads it: waivers expire at the end of their day, so this decides which still hold. */
export const today = (): string => new Date().toISOString().slice(0, 10);
