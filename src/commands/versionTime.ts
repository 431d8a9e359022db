const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** When a version was saved, as a person says it (“5 minutes ago”) and as a date; a damaged record's time may be unknown. */
export function versionTime(savedAt: number, now: number, locale?: string, timeZone?: string): { relative: string; absolute: string; iso?: string } {
  if (!Number.isFinite(savedAt) || savedAt <= 0) return { relative: 'at an unknown time', absolute: 'time unknown' };
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(savedAt);
  const iso = new Date(savedAt).toISOString();
  const ago = now - savedAt;
  if (ago < 60_000) return { relative: 'just now', absolute, iso };
  const [unit, size] = UNITS.find(([, ms]) => ago >= ms)!;
  return { relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(ago / size), unit), absolute, iso };
}
