// Ad-hoc: where a shell keystroke's echo time goes (not part of the suite).
import { docker } from '../../e2e/support/engine';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { launchChromium, median } from './lib';

const { child, url } = await spawnWebHost();
const browser = await launchChromium();
await docker.getContainer('probe-echo').remove({ force: true }).catch(() => undefined);
const container = await docker.createContainer({ name: 'probe-echo', Image: 'berth/busybox', Cmd: ['sleep', '3600'] });
await container.start();
const page = await browser.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { t: Record<string, number> };
  w.t = {};
  const st = window.setTimeout;
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    if (w.t.key && !w.t.timerSet && !ms) {
      w.t.timerSet = performance.now();
      return st(() => { w.t.timerFired = performance.now(); fn(); }, ms, ...rest);
    }
    return st(fn, ms, ...rest);
  }) as typeof setTimeout;
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (w.t.key && !w.t.sent) w.t.sent = performance.now();
    return send.call(this, data);
  };
  const Orig = window.WebSocket;
  window.WebSocket = class extends Orig {
    constructor(u: string | URL, p?: string | string[]) {
      super(u, p);
      this.addEventListener('message', () => { if (w.t.sent && !w.t.msg) w.t.msg = performance.now(); });
    }
  } as typeof WebSocket;
  document.addEventListener('keydown', (e) => { w.t = { key: e.timeStamp, dispatch: performance.now() }; }, true);
  document.addEventListener('keydown', () => { w.t.bubbled = performance.now(); }, false);
});
// SCREEN_READER=1: as a user who turned on screen reader support in shells (a stored preference).
if (process.env.SCREEN_READER) {
  await page.addInitScript(() => localStorage.setItem('berth.prefs', JSON.stringify({ state: { terminalScreenReader: 'on' }, version: 0 })));
}
await page.goto(`${url.href}#/containers/${container.id}`);
await page.getByRole('tab', { name: 'Shell', exact: true }).click();
await page.getByRole('textbox', { name: /^Terminal: Shell 1/ }).waitFor();
await page.keyboard.type('cat > /dev/null\n');
await page.waitForTimeout(500);
const rows: Record<string, number>[] = [];
for (let i = 0; i < 200; i++) {
  await page.evaluate(() => {
    const w = window as unknown as { t: Record<string, number>; done: Promise<void> };
    const host = document.querySelector<HTMLElement>('.terminal-panel:not([hidden]) .terminal-host')!;
    w.done = new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        seen.disconnect();
        w.t.written = performance.now();
        requestAnimationFrame((ts) => { w.t.frameStart = ts; w.t.frame = performance.now(); resolve(); });
      });
      seen.observe(host, { attributes: true, attributeFilter: ['data-written'] });
    });
  });
  await page.keyboard.press('abcdefghij'[i % 10]!);
  await page.evaluate(() => (window as unknown as { done: Promise<void> }).done);
  const t = await page.evaluate(() => (window as unknown as { t: Record<string, number> }).t);
  rows.push({ timerSet: (t.timerSet ?? NaN) - t.key!, timerFired: (t.timerFired ?? NaN) - t.key!, dispatch: t.dispatch! - t.key!, bubbled: (t.bubbled ?? NaN) - t.key!, sent: t.sent! - t.key!, msg: t.msg! - t.key!, written: t.written! - t.key!, frameStart: t.frameStart! - t.key!, frame: t.frame! - t.key! });
}
for (const k of ['dispatch', 'bubbled', 'timerSet', 'timerFired', 'sent', 'msg', 'written', 'frameStart', 'frame']) console.log(k, median(rows.map((r) => r[k]!)).toFixed(1));
await browser.close();
await container.remove({ force: true });
child.kill();
