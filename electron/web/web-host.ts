import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { createAppRouter, type BerthServices } from '../../shared/api/app';
import { answerLogExport } from '../services/logs/export-route';
import { subscriptionBudget } from '../services/process/subscription-budget';
import { INITIAL_STATE_ELEMENT_ID, type InitialState } from '../../shared/initial-state';
import { allowedHosts, checkApiUpgrade, checkHost, checkTokenRequest, isWildcard } from './host-guard';

export const API_PATH = '/api';
/** `GET /export/logs?token=…&q=<LogExportQuery as JSON>`: the log streamed from main as a download. */
export const LOG_EXPORT_PATH = '/export/logs';

/** Stands in index.html for the per-response style nonce. */
export const STYLE_NONCE_PLACEHOLDER = 'BERTH_STYLE_NONCE';

/**
 * The page may load only its own files and talk only to its own host. Styles: its own files, plus `<style>` elements
 * that carry this response's nonce (xterm.js creates some at run time; renderer/ui/style-nonce.ts stamps them).
 */
export const webCsp = (nonce: string): string => [
  "default-src 'self'", "script-src 'self'", `style-src 'self' 'nonce-${nonce}'`, "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export interface WebHostOptions {
  api: BerthServices;
  staticDir: string;
  host: string;
  port: number;
  token?: string;
  /** PEM certificate and key: the page, the API and the token then travel over TLS. */
  tls?: { cert: string; key: string };
  /** Written into the page for its first paint (see shared/initial-state.ts). */
  initialState?: () => InitialState | null;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** How many API sockets are open. */
  clients(): number;
  close(): Promise<void>;
}

/**
 * Puts the state into the page as a JSON script element (inert: CSP and the browser never run it). `<` is escaped so
 * no container name or label can close the element.
 */
export function withInitialState(html: string, state: InitialState | null): string {
  if (!state) return html;
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return html.replace('<div id="root">', `<script type="application/json" id="${INITIAL_STATE_ELEMENT_ID}">${json}</script><div id="root">`);
}

/** This machine's addresses and host name: what another machine types to reach a host bound to every interface. */
function localNames(): string[] {
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []).map((a) => a.address);
  return [...addresses, os.hostname()];
}

/** The renderer and the same API as the desktop app, over HTTP(S) and one WebSocket, for a browser. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Every file but index.html (served above, never cached) has its content's hash in its name: a browser may keep it for
  // good and need not ask again on reload (a warm load otherwise revalidates some thirty scripts).
  const serveStatic = sirv(options.staticDir, { dev: false, etag: true, gzip: false, brotli: false, maxAge: 31_536_000, immutable: true });
  const indexHtml = readFileSync(path.join(options.staticDir, 'index.html'), 'utf8');
  let hosts = new Set<string>();

  const scheme = options.tls ? 'https' : 'http';
  const server = (options.tls ? https.createServer.bind(null, options.tls) : http.createServer)((req, res) => {
    const verdict = checkHost(req, hosts);
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'content-type': 'text/plain' }).end(verdict.reason);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', webCsp(nonce));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === LOG_EXPORT_PATH) {
      void exportDownload(req, res);
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      const state = checkTokenRequest(req, hosts, token).ok ? options.initialState?.() : null;
      res.end(withInitialState(indexHtml.replaceAll(STYLE_NONCE_PLACEHOLDER, nonce), state ?? null));
      return;
    }
    serveStatic(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });

  async function exportDownload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowed = checkTokenRequest(req, hosts, token);
    if (!allowed.ok) {
      res.writeHead(allowed.status, { 'content-type': 'text/plain' }).end(allowed.reason);
      return;
    }
    const answer = await answerLogExport(options.api, new URL(req.url ?? '/', 'http://x').searchParams.get('q'));
    res.writeHead(answer.status, answer.headers);
    if (typeof answer.body === 'string') {
      res.end(answer.body);
      return;
    }
    try {
      for await (const chunk of answer.body) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      res.end();
    } catch (err) {
      res.destroy(err as Error);
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const handler = applyWSSHandler({ wss, router: createAppRouter(options.api), createContext: () => subscriptionBudget() }); // once per socket
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const verdict = path === API_PATH ? checkApiUpgrade(req, hosts, token, scheme) : ({ ok: false, status: 403, reason: 'no such socket' } as const);
    if (!verdict.ok) {
      socket.end(`HTTP/1.1 ${verdict.status} ${verdict.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(options.host, port, localNames());
  const shownHost = isWildcard(options.host) ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${scheme}://${shownHost}:${port}/?token=${token}`,
    port,
    token,
    clients: () => wss.clients.size,
    close: async () => {
      handler.broadcastReconnectNotification();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
