// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
// happy-dom loads no CSS; told to, it reports each load as a success: the copy that "loads".
import { afterEach, describe, expect, it } from 'vitest';
import { retryFailedStylesheets } from './stylesheet-retry';

afterEach(() => document.head.replaceChildren());

function stylesheet(href: string, sheet: object | null): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  Object.defineProperty(link, 'sheet', { value: sheet });
  document.head.append(link);
  return link;
}

describe('retryFailedStylesheets', () => {
  it('asks again for a stylesheet that has no sheet, and keeps the copy that loads in its place', async () => {
    const failed = stylesheet('/assets/index-abc.css', null);
    retryFailedStylesheets();
    await expect.poll(() => document.head.contains(failed)).toBe(false);
    const links = [...document.head.querySelectorAll('link')];
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/assets/index-abc.css']);
    expect(links[0]).not.toBe(failed);
  });

  it('leaves a stylesheet that loaded alone', () => {
    const loaded = stylesheet('/assets/ok.css', {});
    retryFailedStylesheets();
    expect([...document.head.querySelectorAll('link')]).toEqual([loaded]);
  });
});
