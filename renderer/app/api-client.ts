import { createTRPCClient, createWSClient, wsLink, type TRPCLink } from '@trpc/client';
import { ipcLink } from 'trpc-electron/renderer';
import type { AppRouter } from '../../shared/api/app';
import type { LogExportQuery } from '../../shared/logs';

/** The desktop preload exposes `electronTRPC`; in a browser the web host serves the same API over a WebSocket. */
function transport(): TRPCLink<AppRouter> {
  if ('electronTRPC' in window) return ipcLink<AppRouter>();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = createWSClient({
    url: `${scheme}://${window.location.host}/api?token=${encodeURIComponent(token)}`,
    retryDelayMs: (attempt) => Math.min(250 * 2 ** attempt, 4000),
  });
  return wsLink<AppRouter>({ client });
}

export const api = createTRPCClient<AppRouter>({ links: [transport()] });

/** Where a log export downloads from: streamed by main, never through the page (desktop: a protocol; web: the host). */
export function logExportHref(query: LogExportQuery): string {
  const q = encodeURIComponent(JSON.stringify(query));
  if ('electronTRPC' in window) return `berth-export://logs?q=${q}`;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return `/export/logs?token=${encodeURIComponent(token)}&q=${q}`;
}
