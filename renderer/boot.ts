/**
 * The page's first module, and all of its static graph: it loads the app and tries again when that fails. Chromium
 * aborts every request in flight when the machine's network changes (ERR_NETWORK_CHANGED) — on a Docker host, each
 * container start or stop adds or removes a veth — and a page whose entry or one of its modules was aborted stayed
 * blank: a static module graph is never fetched again. A dynamic import is (as lazy chunks are, ui/lazy-component.ts),
 * so the app is one, and the failed stylesheets are asked for again when it runs (ui/stylesheet-retry.ts).
 */
const RETRY_AFTER_MS = [100, 250, 500, 1_000, 2_000, 4_000];

async function start(): Promise<void> {
  for (const delay of RETRY_AFTER_MS) {
    try {
      await import('./main');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  await import('./main');
}

void start();

