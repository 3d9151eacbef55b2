import { withRetries } from './lazy-component';

/** Asks for a stylesheet again: a copy of its link, kept once it loads, dropped if it fails too. */
function reload(link: HTMLLinkElement): Promise<void> {
  const copy = link.cloneNode() as HTMLLinkElement;
  return new Promise((resolve, reject) => {
    copy.addEventListener('load', () => { link.remove(); resolve(); }, { once: true });
    copy.addEventListener('error', () => { copy.remove(); reject(new Error(`stylesheet ${link.href} failed`)); }, { once: true });
    link.after(copy);
  });
}

/**
 * The page's own stylesheets that did not load are asked for again. Chromium aborts every request in flight when the
 * machine's network changes (ERR_NETWORK_CHANGED) — on a Docker host, each container start — and unlike a script
 * chunk, a stylesheet is not fetched again by itself: the page would stay unstyled. Module scripts run only after the
 * head's stylesheets have settled, so one without a sheet by then has failed.
 */
export function retryFailedStylesheets(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (!link.sheet) void withRetries(() => reload(link)).catch(() => undefined);
  }
}
