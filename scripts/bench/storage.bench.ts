// #15 benchmarks: 2,000 volumes and 500 networks load beside their raw list calls; a 1 GB volume export beside the CLI's
// `docker run --rm -v vol:/v busybox tar -C /v -c . > file`; a 500 MB download from a container beside `docker cp`, with
// the page's memory sampled while it streams.
import type { Browser, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker } from '../../e2e/support/engine';
import { fmt, inBatches, loadFigures, loadTimes, median, rawEngineGet, run, type Figure } from './lib';

const VOLUMES = 2_000;
const NETWORKS = 500;
const VOL = 'bench-vol-';
const NET = 'bench-net-';
const BIG_VOLUME = 'bench-export';
const EXPORT_MB = 1_000;
const DOWNLOADER = 'bench-download';
const DOWNLOAD_MB = 500;
const TRIES = 3;

/** What an interrupted run left may be going already (the engine was still removing it): gone is what clean wants. */
const unlessGone = (err: { statusCode?: number }): void => {
  if (err.statusCode !== 404) throw err;
};

async function clean(): Promise<void> {
  const volumes = ((await docker.listVolumes()).Volumes ?? []).filter((v) => v.Name.startsWith(VOL));
  await inBatches(volumes, 16, (v) => docker.getVolume(v.Name).remove().catch(unlessGone));
  const networks = (await docker.listNetworks()).filter((n) => n.Name.startsWith(NET));
  await inBatches(networks, 8, (n) => docker.getNetwork(n.Id).remove().catch(unlessGone));
  await docker.getContainer(DOWNLOADER).remove({ force: true }).catch(() => undefined);
  await docker.getVolume(BIG_VOLUME).remove().catch(() => undefined);
}

async function makeObjects(): Promise<void> {
  await inBatches(Array.from({ length: VOLUMES }, (_, i) => i), 16, (i) => docker.createVolume({ Name: `${VOL}${String(i).padStart(4, '0')}` }));
  // Each with its own /24 (the engine's default pools hold about thirty networks), and no masquerading rules to add.
  await inBatches(Array.from({ length: NETWORKS }, (_, i) => i), 8, (i) => docker.createNetwork({
    Name: `${NET}${String(i).padStart(3, '0')}`, IPAM: { Config: [{ Subnet: `10.${200 + Math.floor(i / 256)}.${i % 256}.0/24` }] },
    Options: { 'com.docker.network.bridge.enable_ip_masquerade': 'false' },
  }));
  await run('docker', ['run', '--rm', '--network', 'none', '-v', `${BIG_VOLUME}:/v`, 'berth/busybox:latest', 'sh', '-c', `head -c ${EXPORT_MB}000000 /dev/urandom > /v/blob`]);
  await run('docker', ['run', '--name', DOWNLOADER, '--network', 'none', 'berth/busybox:latest', 'sh', '-c', `head -c ${DOWNLOAD_MB}000000 /dev/urandom > /blob`]);
}

/**
 * Each step starts with the disk's dirty pages written out: otherwise one step pays for the last one's writes (Berth's
 * 22 s export left 1 GB to flush during the download after it; the CLI's 45 s export had flushed most of its own).
 */
const settle = () => run('sync', []);

async function timed(work: () => Promise<unknown>): Promise<number> {
  await settle();
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** A file job through the page: the dialog's path typed, submit → "Done:" drawn; the page's JS heap sampled meanwhile. */
async function pageFileJob(page: Page, open: () => Promise<void>, dialogName: string, submit: string, target: string): Promise<{ ms: number; heapGrowthMb: number }> {
  await open();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'File' }).fill(target);
  // No named functions inside: the bench runs under tsx, whose name-keeping helper does not exist in the page.
  await page.evaluate(() => {
    const w = window as unknown as { submittedAt: number; heap: number[] };
    const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
    w.heap = [memory.usedJSHeapSize];
    const timer = setInterval(() => w.heap.push(memory.usedJSHeapSize), 100);
    document.addEventListener('submit', () => { w.submittedAt = performance.now(); }, { capture: true, once: true });
    setTimeout(() => clearInterval(timer), 600_000);
  });
  const done = page.waitForFunction(() => /Done:/.test(document.querySelector('dialog [role=status]')?.textContent ?? '')
    && performance.now() - (window as unknown as { submittedAt: number }).submittedAt, undefined, { polling: 'raf', timeout: 300_000 });
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  const ms = (await (await done.catch(async (err: unknown) => {
    console.log(`storage: the job did not finish; the dialog says: ${await dialog.innerText().catch(() => '(gone)')}`);
    throw err;
  })).jsonValue()) as number;
  const heap = await page.evaluate(() => (window as unknown as { heap: number[] }).heap);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  return { ms, heapGrowthMb: (Math.max(...heap) - heap[0]!) / 2 ** 20 };
}

export async function storageBench(browser: Browser, url: string): Promise<Figure[]> {
  console.log(`storage: ${VOLUMES} volumes, ${NETWORKS} networks, a ${EXPORT_MB} MB volume, a ${DOWNLOAD_MB} MB file in a container…`);
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-storage-'));
  await clean();
  try {
    await makeObjects();
    const rawVolumes: number[] = [];
    const rawNetworks: number[] = [];
    for (let i = 0; i < 5; i++) {
      rawVolumes.push((await rawEngineGet('/volumes')).ms);
      rawNetworks.push((await rawEngineGet('/networks')).ms);
    }
    const volumes = await loadTimes(browser, `${url}#/e/local/volumes`, 'tr[data-volume]', 5);
    const networks = await loadTimes(browser, `${url}#/e/local/networks`, 'tr[data-network]', 5);
    // The machine's floor for a first paint: the images screen with a couple of rows, in the same run.
    const floor = await loadTimes(browser, `${url}#/e/local/images`, 'tr[data-image]', 5);

    const file = path.join(dir, 'out.tar');
    const cliExport: number[] = [];
    const cliCopy: number[] = [];
    const page = await browser.newPage();
    // A step that does not come fails the run with where it stopped, rather than waiting for ever.
    page.setDefaultTimeout(120_000);
    const container = (await docker.getContainer(DOWNLOADER).inspect()).Id;
    const berthExport: number[] = [];
    const berthDownload: number[] = [];
    const heap: number[] = [];
    // The CLI's and Berth's tries take turns, so that neither gets the machine's better or worse minutes.
    for (let i = 0; i < TRIES; i++) {
      cliExport.push(await timed(() => run('sh', ['-c', `docker run --rm -v ${BIG_VOLUME}:/v berth/busybox:latest tar -C /v -c . > ${file}`])));
      await rm(file);
      cliCopy.push(await timed(() => run('docker', ['cp', `${DOWNLOADER}:/blob`, file])));
      await rm(file);
      await settle();
      await page.goto(`${url}#/e/local/volumes/${BIG_VOLUME}`);
      await page.getByRole('button', { name: 'Export…' }).waitFor();
      berthExport.push((await pageFileJob(page, () => page.getByRole('button', { name: 'Export…' }).click(), `Export volume ${BIG_VOLUME}`, 'Export', file)).ms);
      await rm(file);
      await settle();
      await page.goto(`${url}#/e/local/containers/${container}/files`);
      await page.getByRole('tab', { name: 'Files' }).click();
      const download = await pageFileJob(page, () => page.getByRole('button', { name: 'Download blob' }).click(), 'Download /blob', 'Download…', file);
      berthDownload.push(download.ms);
      heap.push(download.heapGrowthMb);
      await rm(file);
    }
    await page.close();
    const ratio = (berth: number[], cli: number[]) => `${fmt(median(berth))} (${(median(berth) / median(cli)).toFixed(2)}×)`;
    return [
      ...loadFigures(`${VOLUMES} volumes`, volumes, `GET /volumes: ${fmt(median(rawVolumes))}`),
      ...loadFigures(`${NETWORKS} networks`, networks, `GET /networks: ${fmt(median(rawNetworks))}`),
      { what: 'reference: the images screen (a few rows), cold / warm / in the app, same run', berth: `${fmt(median(floor.cold))} / ${fmt(median(floor.warm))} / ${fmt(median(floor.inApp))}`, raw: '—', target: 'the floor on this machine' },
      { what: `export of a ${EXPORT_MB} MB volume to a tar (median of ${TRIES})`, berth: ratio(berthExport, cliExport), raw: `docker run --rm -v … tar -C /v -c . > file: ${fmt(median(cliExport))}`, target: '≤ 1.1×' },
      { what: `download of a ${DOWNLOAD_MB} MB file from a container (median of ${TRIES})`, berth: ratio(berthDownload, cliCopy), raw: `docker cp: ${fmt(median(cliCopy))}`, target: '≤ 1.1×' },
      { what: 'page JS heap growth while a download streams (largest of the runs)', berth: `${Math.max(...heap).toFixed(1)} MB`, raw: '—', target: 'flat' },
    ];
  } finally {
    await clean();
    await rm(dir, { recursive: true, force: true });
  }
}
