// Ad-hoc: where a page download's time goes beside `docker cp`, interleaved, with each process's CPU (not part of the
// suite). It found the page re-reading the folder after a download and re-rendering every screen at each percent.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { docker } from '../../e2e/support/engine';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { chromiumCpuByType, cpuSeconds, launchChromium, median, run, totalCpu, treeCpuSeconds } from './lib';

const NAME = 'probe-download';
const FILE = '/tmp/probe-download.bin';
const { child, url } = await spawnWebHost();
const browser = await launchChromium();
const dockerd = Number(readFileSync('/tmp/berth-sandbox/docker.pid', 'utf8'));
await docker.getContainer(NAME).remove({ force: true }).catch(() => undefined);
await run('docker', ['run', '--name', NAME, '--network', 'none', 'berth/busybox:latest', 'sh', '-c', 'head -c 500000000 /dev/urandom > /blob']);
const id = (await docker.getContainer(NAME).inspect()).Id;
const page = await browser.newPage();
await page.goto(`${url.href}#/e/local/containers/${id}/files`);
await page.getByRole('tab', { name: 'Files' }).click();

const cpu = () => ({ host: treeCpuSeconds(child.pid!), dockerd: cpuSeconds(dockerd) });
const rows: Record<string, number[]> = {};
const note = (k: string, v: number) => (rows[k] ??= []).push(v);
async function cli() {
  await run('sync', []);
  const c0 = cpu();
  const t0 = performance.now();
  await run('docker', ['cp', `${NAME}:/blob`, FILE]);
  note('cli ms', performance.now() - t0);
  note('cli dockerd cpu', cpu().dockerd - c0.dockerd);
  await rm(FILE);
  await run('sync', []);
}
await page.getByRole('button', { name: 'Download blob' }).waitFor();
for (let i = 0; i < 3; i++) {
  const idle0 = await chromiumCpuByType();
  const h0 = cpu();
  await new Promise((r) => setTimeout(r, 3500));
  const idle1 = await chromiumCpuByType();
  note('idle 3.5 s chromium cpu', totalCpu(idle1) - totalCpu(idle0));
  note('idle 3.5 s host cpu', cpu().host - h0.host);
  console.log('idle by type', Object.fromEntries(Object.entries(idle1).map(([k, v]) => [k, (v - (idle0[k] ?? 0)).toFixed(2)])));
}
for (let i = 0; i < 5; i++) {
  if (i % 2 === 0) await cli();

  await page.getByRole('button', { name: 'Download blob' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download /blob' });
  await dialog.getByRole('textbox', { name: 'File' }).fill(FILE);
  const chromeBy0 = await chromiumCpuByType();
  const chrome0 = totalCpu(chromeBy0);
  const c0 = cpu();
  const clickAt = Date.now();
  const t0 = performance.now();
  const done = page.waitForFunction(() => /Done:/.test(document.querySelector('dialog [role=status]')?.textContent ?? ''), undefined, { polling: 100, timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Download…', exact: true }).click();
  let fileAt = 0;
  while (!fileAt) {
    if (existsSync(FILE)) fileAt = Date.now();
    else await new Promise((r) => setTimeout(r, 5));
  }
  await done;
  note('page ms (click → Done drawn)', performance.now() - t0);
  note('click → file renamed ms', fileAt - clickAt);
  const c1 = cpu();
  note('page dockerd cpu', c1.dockerd - c0.dockerd);
  note('page host cpu', c1.host - c0.host);
  const chromeBy1 = await chromiumCpuByType();
  note('page chromium cpu', totalCpu(chromeBy1) - chrome0);
  console.log('download by type', Object.fromEntries(Object.entries(chromeBy1).map(([k, v]) => [k, (v - (chromeBy0[k] ?? 0)).toFixed(2)])));
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await rm(FILE);
  if (i % 2 === 1) await cli();
}
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(32), 'median', median(v).toFixed(2), ' all', v.map((x) => x.toFixed(2)).join(' '));
await browser.close();
child.kill('SIGTERM');
await docker.getContainer(NAME).remove({ force: true });
