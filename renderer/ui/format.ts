import type { TFunction } from 'i18next';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** A byte count in the largest unit under 1000 of it, to the precision shown: whole under 1 kB or from 100 up, else tenths. */
function inUnits(bytes: number): { value: number; unit: number } {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return { value: value >= 100 || unit === 0 ? Math.round(value) : Math.round(value * 10) / 10, unit };
}

export function formatBytes(bytes: number): string {
  const { value, unit } = inUnits(bytes);
  return `${unit === 0 || value >= 100 ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

/** A byte count rounded as `formatBytes` shows it: two counts that read the same are equal. */
export function roundBytes(bytes: number): number {
  const { value, unit } = inUnits(bytes);
  return value * 1000 ** unit;
}

const STEPS = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]] as const;

/** Intl formatters are costly to make (about 1 ms each on a cold page): one per language and kind. */
function cached<T>(make: (language: string) => T): (language: string) => T {
  const made = new Map<string, T>();
  return (language) => made.get(language) ?? made.set(language, make(language)).get(language)!;
}
const dateTimeFormat = cached((language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }));

/**
 * "3 hours ago" from unix seconds, with the UI's strings. Not Intl.RelativeTimeFormat: making the first one loads ICU
 * data for about 10 ms, on the critical path of the first paint of every list.
 */
export function formatAgo(t: TFunction, unixSeconds: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round(now / 1000 - unixSeconds));
  for (const [unit, size] of STEPS) {
    const count = Math.floor(seconds / size);
    if (count >= 1) return t(count === 1 ? `time.${unit}Ago` : `time.${unit}sAgo`, { count });
  }
  return t('time.justNow');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A duration as the engine words it in `docker ps` (docker/go-units HumanDuration), in the UI's language. */
export function formatDuration(t: TFunction, ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return t('time.duration.lessThanSecond');
  if (seconds === 1) return t('time.duration.second');
  if (seconds < 60) return t('time.duration.seconds', { count: seconds });
  const minutes = Math.floor(ms / MINUTE);
  if (minutes === 1) return t('time.duration.aboutMinute');
  if (minutes < 60) return t('time.duration.minutes', { count: minutes });
  const hours = Math.floor(ms / HOUR + 0.5);
  if (hours === 1) return t('time.duration.aboutHour');
  if (hours < 48) return t('time.duration.hours', { count: hours });
  if (hours < 24 * 7 * 2) return t('time.duration.days', { count: Math.floor(hours / 24) });
  if (hours < 24 * 30 * 2) return t('time.duration.weeks', { count: Math.floor(hours / 24 / 7) });
  if (hours < 24 * 365 * 2) return t('time.duration.months', { count: Math.floor(hours / 24 / 30) });
  return t('time.duration.years', { count: Math.floor(ms / HOUR / 24 / 365) });
}

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

export const formatDateTime = (ms: number, language: string): string => dateTimeFormat(language).format(ms);

/** Names in natural order (web-2 before web-10), ignoring case. */
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
