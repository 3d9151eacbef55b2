const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`;
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

/** "3 hours ago" in the UI's language, from unix seconds. */
export function formatAgo(unixSeconds: number, language: string, now = Date.now()): string {
  const seconds = Math.round(unixSeconds - now / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return '';
}

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

export const formatDateTime = (ms: number, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);

/** Names in natural order (web-2 before web-10), ignoring case. */
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
