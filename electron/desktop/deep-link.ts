import { DEFAULT_ENGINE, ENGINE_ID } from '../../shared/engine-id';
import { SCREENS } from '../../shared/screens';

export const LINK_SCHEME = 'berth';
/** A container by id or name, as the engine accepts either. */
const CONTAINER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const TABS = new Set(['logs', 'shell', 'stats', 'inspect', 'processes']);

/**
 * The page route a berth:// link names, or null for anything else. Accepted: berth://containers/<id>[/logs|shell|…],
 * with an engine before it as berth://e/<engine>/containers/…, and berth://<screen> for the sidebar's screens.
 * Nothing else passes: a link comes from outside Berth.
 */
export function deepLinkHash(link: string): string | null {
  // Read as written, not through URL: it would resolve "..", and a link must say plainly what it opens.
  const m = new RegExp(`^${LINK_SCHEME}://([A-Za-z0-9_.~%/-]*)$`).exec(link);
  if (!m) return null;
  let parts: string[];
  try {
    parts = m[1]!.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
  if (parts.some((p) => p === '.' || p === '..')) return null;
  let engine = DEFAULT_ENGINE;
  if (parts[0] === 'e') {
    if (!parts[1] || !ENGINE_ID.test(parts[1])) return null;
    engine = parts[1];
    parts = parts.slice(2);
  }
  const [screen, id, tab, ...rest] = parts;
  if (rest.length) return null;
  if (screen === 'containers' && id) {
    if (!CONTAINER.test(id) || (tab !== undefined && !TABS.has(tab))) return null;
    return `e/${engine}/containers/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`;
  }
  if (!id && screen && [...SCREENS, 'engines', 'all'].includes(screen)) return `e/${engine}/${screen}`;
  return null;
}

/** The link a launch was given (Windows and Linux pass it on the command line; macOS sends open-url instead). */
export const linkInArgv = (argv: readonly string[]): string | null => argv.find((arg) => arg.startsWith(`${LINK_SCHEME}://`)) ?? null;
