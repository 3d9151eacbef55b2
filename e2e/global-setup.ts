import { spawn } from 'node:child_process';

/** Starts the web host (built renderer, sandbox engine) once; tests read its URL from BERTH_E2E_URL. */
export default async function globalSetup(): Promise<() => void> {
  if (!process.env.DOCKER_HOST) throw new Error('e2e needs the sandbox engine: scripts/sandbox.sh start, then export DOCKER_HOST');
  const child = spawn('node_modules/.bin/tsx', ['electron/web/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  process.env.BERTH_E2E_URL = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Berth web host: (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}
