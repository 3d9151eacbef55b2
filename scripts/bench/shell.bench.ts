// #3 benchmarks, shell: keystroke echo beside the raw exec round trip.
import type { Container } from 'dockerode';
import type { Duplex } from 'node:stream';
import type { Browser } from '@playwright/test';
import { docker, removeContainers } from '../../e2e/support/engine';
import { BLINK_IDLE_MS } from '../../renderer/features/terminal/idle-blink';
import { chromiumCpuByType, fmt, median, percentile, totalCpu, type Figure } from './lib';

const KEYSTROKES = 500;
const PREFIX = 'bench-shell-';

/** A shell tab in a fresh context; with `screenReader`, as a user who has "on" stored. */
async function openShell(browser: Browser, url: string, id: string, screenReader: boolean) {
  const context = await browser.newContext();
  if (screenReader) {
    await context.addInitScript(() => localStorage.setItem('berth.prefs', JSON.stringify({ state: { terminalScreenReader: 'on' }, version: 0 })));
  }
  const page = await context.newPage();
  await page.goto(`${url}#/containers/${id}`);
  await page.getByRole('tab', { name: 'Shell', exact: true }).click();
  await page.getByRole('textbox', { name: /^Terminal: Shell 1/ }).waitFor();
  return { page, context };
}

/**
 * Keystroke → echo drawn: keydown time to the frame after the echoed output was written to the terminal.
 * `screenReader`: with the terminal's screen-reader copy on (the setting is Automatic: off where none is reported).
 */
async function echoTimes(browser: Browser, url: string, id: string, screenReader: boolean): Promise<number[]> {
  const { page, context } = await openShell(browser, url, id, screenReader);
  await page.keyboard.type('cat > /dev/null\n');
  // Keydown time is taken in the page (event.timeStamp); the echo is seen by a MutationObserver set up before the key.
  await page.evaluate(() => {
    const w = window as unknown as { lastKeydown: number };
    document.addEventListener('keydown', (e) => { w.lastKeydown = e.timeStamp; }, true);
  });
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { lastKeydown: number; echo: Promise<number> };
      const host = document.querySelector<HTMLElement>('.terminal-panel:not([hidden]) .terminal-host')!;
      w.echo = new Promise((resolve) => {
        // The echo is the next output written to the terminal; it is drawn in the frame after.
        const seen = new MutationObserver(() => {
          seen.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - w.lastKeydown));
        });
        seen.observe(host, { attributes: true, attributeFilter: ['data-written'] });
      });
    });
    await page.keyboard.press('abcdefghij'[i % 10]!);
    times.push(await page.evaluate(() => (window as unknown as { echo: Promise<number> }).echo));
    if (i % 60 === 59) await page.keyboard.press('Enter');
  }
  await context.close();
  return times;
}

/** Chromium's CPU (% of a core, all its processes) while a shell sits idle: cursor blinking, then once it has stopped. */
async function idleCpu(browser: Browser, url: string, id: string): Promise<{ blinking: number; still: number }> {
  const { page, context } = await openShell(browser, url, id, false);
  const total = async () => totalCpu(await chromiumCpuByType());
  const percentOver = async (ms: number) => {
    const before = await total();
    await page.waitForTimeout(ms);
    return ((await total()) - before) / ms * 100_000;
  };
  // After the page has settled (it compiles the screens it prefetches 2 s after load), while the blink goes on.
  const settled = 3_500;
  await page.waitForTimeout(settled);
  const blinking = await percentOver(5_000);
  await page.waitForTimeout(BLINK_IDLE_MS + 1_000 - settled - 5_000);
  const still = await percentOver(10_000);
  await context.close();
  return { blinking, still };
}

/** The same round trip straight over the Engine API from Node. */
async function rawEchoTimes(container: Container): Promise<number[]> {
  const exec = await container.exec({ Cmd: ['sh', '-c', 'cat > /dev/null'], AttachStdin: true, AttachStdout: true, Tty: true });
  const stream = (await exec.start({ hijack: true, stdin: true, Tty: true })) as unknown as Duplex;
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const start = performance.now();
    const echoed = new Promise((resolve) => stream.once('data', resolve));
    stream.write('x');
    await echoed;
    times.push(performance.now() - start);
  }
  stream.destroy();
  return times;
}

export async function shellBench(browser: Browser, url: string): Promise<Figure[]> {
  await removeContainers(PREFIX);
  const container = await docker.createContainer({ name: `${PREFIX}box`, Image: 'berth/busybox', Cmd: ['sleep', '3600'] });
  try {
    await container.start();
    const idle = await idleCpu(browser, url, container.id); // first: no other page has been at work in this browser
    const plain = await echoTimes(browser, url, container.id, false);
    const withScreenReader = await echoTimes(browser, url, container.id, true);
    const raw = await rawEchoTimes(container);
    const both = (xs: number[]): string => `${fmt(median(xs))} / ${fmt(percentile(xs, 99))}`;
    return [
      { what: `shell keystroke → echo drawn, ${KEYSTROKES} keys (median / p99)`, berth: both(plain), raw: `exec TTY round trip over the API: ${both(raw)}`, target: '≤ 15 / 50 ms' },
      { what: 'the same with screen reader support on (automatic where the system reports one)', berth: both(withScreenReader), raw: '—', target: '—' },
      { what: `Chromium CPU with a shell open and idle: cursor blinking / after ${BLINK_IDLE_MS / 1000} s without input or output`, berth: `${idle.blinking.toFixed(1)} % / ${idle.still.toFixed(1)} % of a core`, raw: '—', target: '—' },
    ];
  } finally {
    await removeContainers(PREFIX);
  }
}
