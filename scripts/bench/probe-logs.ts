// Ad-hoc: where the CPU goes while a view reads back 1,000,000 log lines (not part of the suite). Prints seconds of CPU
// used by dockerd, the web host and Chromium during the read-back, beside `docker logs` alone.
// With PROFILE=<dir> the web host and the page also write CPU profiles there.
import { readFileSync, writeFileSync } from 'node:fs';
import { docker, removeContainers } from '../../e2e/support/engine';
import { spawnWebHost } from '../../e2e/support/spawn-web-host';
import { chromiumCpuByType, launchChromium, run, totalCpu, treeCpuSeconds } from './lib';

const LINES = 1_000_000;
const PREFIX = 'probe-logs-';
const dockerd = Number(readFileSync('/tmp/berth-sandbox/docker.pid', 'utf8'));

await removeContainers(PREFIX);
const container = await docker.createContainer({ name: `${PREFIX}seq`, Image: 'berth/busybox', Cmd: ['seq', '1', String(LINES)] });
await container.start();
await container.wait();
const cpu = async () => ({ dockerd: treeCpuSeconds(dockerd), host: treeCpuSeconds(child.pid!), chromium: await chromiumCpuByType() });
const { child, url } = await spawnWebHost([], process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : []);
const browser = await launchChromium();
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  let before = await cpu();
  let start = performance.now();
  await run('bash', ['-c', `docker logs ${container.id} > /dev/null`]);
  const cliMs = performance.now() - start;
  const cliDockerd = treeCpuSeconds(dockerd) - before.dockerd;
  const page = await browser.newPage();
  await page.goto(`${url.href}#/containers/${container.id}`);
  await page.getByRole('tab', { name: 'Logs' }).click();
  await page.waitForTimeout(1000);
  before = await cpu();
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  await page.getByLabel('Last lines').selectOption('all');
  start = performance.now();
  await page.waitForFunction((n) => {
    const text = document.querySelector('.log-foot')?.textContent ?? '';
    return (text.replace(/[,\s]/g, '').match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0) >= n;
  }, LINES, { polling: 20, timeout: 120_000 });
  const ms = performance.now() - start;
  const after = await cpu();
  if (cdp) writeFileSync(`${process.env.PROFILE}/page-${round}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  console.log(Object.entries(after.chromium).map(([k, v]) => `${k} ${(v - (before.chromium[k] ?? 0)).toFixed(2)}`).join(', '));
  console.log(`CLI ${cliMs.toFixed(0)} ms (dockerd ${cliDockerd.toFixed(2)} s CPU) · Berth ${ms.toFixed(0)} ms = ${(cliMs / ms).toFixed(2)}× · CPU s: dockerd ${(after.dockerd - before.dockerd).toFixed(2)}, web host ${(after.host - before.host).toFixed(2)}, chromium ${(totalCpu(after.chromium) - totalCpu(before.chromium)).toFixed(2)}`);
  await page.close();
}
await browser.close();
child.kill('SIGTERM');
await removeContainers(PREFIX);
