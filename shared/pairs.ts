import { z } from 'zod';

/** Labels and driver options: keys without spaces or `=`; values up to 4 kB. */
export const PairsRecord = z.record(z.string().min(1).max(255).regex(/^[^=\s]+$/, 'validation.pairs.key'), z.string().max(4096));

/** "key=value" lines (blank lines skipped) as a record; the first line that is not a pair, by its number (from 1). */
export function parsePairs(text: string): { pairs: Record<string, string>; badLine: number | null } {
  const pairs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return { pairs, badLine: i + 1 };
    pairs[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { pairs, badLine: null };
}
