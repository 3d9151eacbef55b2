// `npm start`: the desktop app where the Electron runtime exists (or can be fetched); otherwise the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronRuntime() {
  if (!existsSync(path.join(electronDir, 'path.txt'))) {
    // Electron downloads its runtime on first use; do that quietly and in bounded time.
    const fetched = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
    if (fetched.status !== 0) return null;
  }
  try {
    return spawnSync(process.execPath, ['-p', "require('electron')"], { cwd: root, encoding: 'utf8' }).stdout.trim() || null;
  } catch {
    return null;
  }
}

const run = (command, args) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
};

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronRuntime();
if (electron && existsSync(electron)) {
  run(electron, [root]);
} else {
  console.log('Berth: the Electron runtime is not installed and could not be downloaded here; starting the web host instead (open the URL below).');
  run(path.join(root, 'node_modules', '.bin', 'tsx'), ['electron/web/cli.ts', ...process.argv.slice(2)]);
}
