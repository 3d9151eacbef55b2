// #5 benchmarks: 2,000 image tags load beside GET /images/json; a ~200 MB pull from the local registry beside `docker pull`.
import type { Browser } from '@playwright/test';
import { docker, startSandboxRegistry } from '../../e2e/support/engine';
import { fmt, inBatches, loadFigures, loadTimes, median, rawEngineGet, run, type Figure } from './lib';

const IMAGES = 50;
const TAGS_PER_IMAGE = 40;
const PREFIX = 'bench-img/';
const BIG = '127.0.0.1:5055/bench/big:latest';
const BIG_MB = 200;
const PULLS = 3;

async function makeTags(): Promise<void> {
  await removeTags();
  await inBatches(Array.from({ length: IMAGES }, (_, i) => i), 8, async (i) => {
    const maker = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['sh', '-c', `echo ${i} > /n`] });
    await maker.start();
    await maker.wait();
    const { Id } = (await maker.commit({})) as { Id: string };
    await maker.remove();
    for (let t = 0; t < TAGS_PER_IMAGE; t++) await docker.getImage(Id).tag({ repo: `${PREFIX}app-${String(i).padStart(2, '0')}`, tag: `v${t}` });
  });
}

async function removeTags(): Promise<void> {
  const images = (await docker.listImages()).filter((i) => i.RepoTags?.some((t) => t.startsWith(PREFIX)));
  await inBatches(images, 8, (i) => docker.getImage(i.Id).remove({ force: true }));
}

/** A ~200 MB image of random bytes in the local registry, absent locally: every pull downloads it. */
async function pushBig(): Promise<void> {
  startSandboxRegistry();
  await run('bash', ['-c', [
    'set -e', 'docker rm -f bench-big >/dev/null 2>&1 || true',
    `docker run --name bench-big berth/busybox:latest sh -c "head -c ${BIG_MB}000000 /dev/urandom > /blob"`,
    `docker commit bench-big ${BIG} >/dev/null`, 'docker rm bench-big >/dev/null', `docker push -q ${BIG} >/dev/null`, `docker rmi ${BIG} >/dev/null`,
  ].join('; ')], { maxBuffer: 1 << 20 });
}

async function timedCliPull(): Promise<number> {
  const start = performance.now();
  await run('docker', ['pull', '-q', BIG]);
  const ms = performance.now() - start;
  await run('docker', ['rmi', BIG]);
  return ms;
}

/** Through the page: Pull… dialog, reference typed, Pull clicked → the engine's final status shown. */
async function timedBerthPull(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${url}#/e/local/images`);
  // Let the app settle first: 2 s after load it compiles the screens it has not shown yet (lazy-component.ts), and
  // that work landing in the middle of a pull is start-up, not pull.
  await page.waitForTimeout(4_000);
  await page.getByRole('button', { name: 'Pull…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pull an image' });
  await dialog.getByLabel('Image reference').fill(BIG);
  // From the submit event in the page (not from Playwright's click, which first checks the button) to the status drawn.
  await page.evaluate(() => document.addEventListener('submit', () => ((window as unknown as { submittedAt: number }).submittedAt = performance.now()), { capture: true, once: true }));
  const done = page.waitForFunction(() => /Downloaded newer image/.test(document.querySelector('dialog [role=status]')?.textContent ?? '')
    && performance.now() - (window as unknown as { submittedAt: number }).submittedAt, undefined, { polling: 'raf', timeout: 300_000 });
  await dialog.getByRole('button', { name: 'Pull', exact: true }).click();
  const ms = (await (await done).jsonValue()) as number;
  await page.close();
  await run('docker', ['rmi', BIG]);
  return ms;
}

export async function imagesBench(browser: Browser, url: string): Promise<Figure[]> {
  console.log(`images: ${IMAGES} images × ${TAGS_PER_IMAGE} tags, and a ${BIG_MB} MB image in the local registry…`);
  await makeTags();
  try {
    const raw = [];
    for (let i = 0; i < 5; i++) raw.push((await rawEngineGet('/images/json')).ms);
    const load = await loadTimes(browser, `${url}#/e/local/images`, 'tr[data-image]', 5);
    await pushBig();
    const cli: number[] = [];
    const berth: number[] = [];
    for (let i = 0; i < PULLS; i++) {
      cli.push(await timedCliPull());
      berth.push(await timedBerthPull(browser, url));
    }
    const tags = IMAGES * TAGS_PER_IMAGE;
    return [
      ...loadFigures(`${tags} image tags`, load, `GET /images/json: ${fmt(median(raw))}`),
      { what: `pull of a ${BIG_MB} MB image from the local registry (median of ${PULLS})`, berth: `${fmt(median(berth))} (${(median(berth) / median(cli)).toFixed(2)}×)`,
        raw: `docker pull: ${fmt(median(cli))}`, target: '≤ 1.1×' },
    ];
  } finally {
    await removeTags();
    await docker.getImage(BIG).remove().catch(() => undefined);
  }
}
