import type { ContainerSummary } from './containers';

/**
 * The container list's filter: free words, and `key:value` terms as `docker ps --filter` has them — `status:exited`,
 * `label:team=blue` (or `label:team`), `image:busybox`, `project:shop`, `network:x`, `volume:y`, `health:unhealthy`,
 * `name:web`. Every term must match; a free word matches name, image, status, health, project or short id.
 */
export const FILTER_KEYS = ['status', 'health', 'label', 'image', 'project', 'network', 'volume', 'name'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export interface FilterTerm { key: FilterKey | null; value: string }

const KEYED = new RegExp(`^(${FILTER_KEYS.join('|')}):(.*)$`, 'i');

export function parseFilter(text: string): FilterTerm[] {
  return text.trim().split(/\s+/).filter(Boolean).map((word) => {
    const m = KEYED.exec(word);
    return m ? { key: m[1]!.toLowerCase() as FilterKey, value: m[2]!.toLowerCase() } : { key: null, value: word.toLowerCase() };
  });
}

const has = (values: string[], value: string) => values.some((v) => v.toLowerCase().includes(value));

function matchesTerm(c: ContainerSummary, { key, value }: FilterTerm): boolean {
  if (!value) return true; // a key typed without its value yet filters nothing out
  switch (key) {
    case 'status': return c.state === value;
    case 'health': return (c.health ?? 'none') === value;
    case 'label': {
      const [k, v] = value.split(/=(.*)/s);
      return Object.entries(c.labels).some(([lk, lv]) => lk.toLowerCase() === k && (v === undefined || lv.toLowerCase() === v));
    }
    case 'image': return c.image.toLowerCase().includes(value);
    case 'project': return (c.composeProject ?? '').toLowerCase() === value;
    case 'network': return has(c.networks, value);
    case 'volume': return has(c.volumes, value);
    case 'name': return c.name.toLowerCase().includes(value);
    case null: return [c.name, c.image, c.state, c.health ?? '', c.composeProject ?? '', c.id.slice(0, 12)].some((s) => s.toLowerCase().includes(value));
  }
}

export const matchesTerms = (c: ContainerSummary, terms: FilterTerm[]): boolean => terms.every((t) => matchesTerm(c, t));

const STATES = ['running', 'exited', 'created', 'paused', 'restarting', 'dead'];
const HEALTHS = ['healthy', 'unhealthy', 'starting', 'none'];
const MAX_SUGGESTIONS = 40;

/** The values each key can take among these containers. */
function valuesOf(key: FilterKey, containers: ContainerSummary[]): string[] {
  const all = (pick: (c: ContainerSummary) => string[]) => [...new Set(containers.flatMap(pick))].sort();
  switch (key) {
    case 'status': return STATES;
    case 'health': return HEALTHS;
    case 'label': return all((c) => Object.entries(c.labels).flatMap(([k, v]) => [k, `${k}=${v}`]));
    case 'image': return all((c) => [c.image]);
    case 'project': return all((c) => (c.composeProject ? [c.composeProject] : []));
    case 'network': return all((c) => c.networks);
    case 'volume': return all((c) => c.volumes);
    case 'name': return all((c) => [c.name]);
  }
}

/**
 * Completions of the word being typed (the last one), as whole filter texts: a key while a key is being typed, then
 * the values that key has among the containers.
 */
export function filterCompletions(text: string, containers: ContainerSummary[]): string[] {
  const at = text.search(/\S*$/);
  const before = text.slice(0, at);
  const word = text.slice(at).toLowerCase();
  const keyed = KEYED.exec(word);
  const options = keyed
    ? valuesOf(keyed[1]!.toLowerCase() as FilterKey, containers).filter((v) => v.toLowerCase().startsWith(keyed[2]!)).map((v) => `${keyed[1]!.toLowerCase()}:${v}`)
    : FILTER_KEYS.filter((k) => k.startsWith(word)).map((k) => `${k}:`);
  return options.slice(0, MAX_SUGGESTIONS).map((o) => before + o);
}
