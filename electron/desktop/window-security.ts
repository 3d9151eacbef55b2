import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The desktop window's CSP: only the app's own files; no remote code, no inline script. The page is a packaged file,
 * so its style nonce is the fixed one in index.html (the web host makes a fresh one per response).
 */
export const DESKTOP_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'nonce-BERTH_STYLE_NONCE'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export function rendererIndexUrl(appRoot: string): string {
  return pathToFileURL(path.join(appRoot, 'dist', 'renderer', 'index.html')).href;
}

/** The app's own page, whatever its route: the same file exactly (a prefix test would pass `index.html.evil.html`). */
export function isAppPageUrl(url: string, indexUrl: string): boolean {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href === indexUrl;
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own page, in the top frame: not for anything it navigated or framed. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, indexUrl: string): boolean {
  return !!frameUrl && isMainFrame && isAppPageUrl(frameUrl, indexUrl);
}

/** Links leave the app for the system browser, and only web links do. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }) as const;

/** Routes that open in a window of their own: a log, a project's logs, a shell. */
const WINDOW_ROUTES = /^#\/(logs|project-logs|terminal)\/[^/]+$/;

/** A window.open of the app's own page with a pop-out route: a new app window, not the browser. */
export function isAppWindowUrl(url: string, indexUrl: string): boolean {
  return isAppPageUrl(url, indexUrl) && WINDOW_ROUTES.test(new URL(url).hash);
}

/** Log exports in the desktop app: `berth-export://logs?q=…`, streamed from main into the file the user picks. */
export const EXPORT_SCHEME = 'berth-export';
