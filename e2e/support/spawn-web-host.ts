import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts the real web host CLI (as `npm run web` does) and resolves once it prints its URL. `nodeArgs` go to Node;
 * `env` is laid over this process's environment. Its warnings (stderr) are passed on and kept in `warnings`.
 */
export function spawnWebHost(args: string[] = [], nodeArgs: string[] = [], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: URL; warnings: () => string }> {
  const child = spawn('node_modules/.bin/tsx', [...nodeArgs, 'electron/web/cli.ts', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    process.stderr.write(chunk);
  });
  const warnings = (): string => err;
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Berth web host: (\S+)/.exec(out);
      if (m) resolve({ child, url: new URL(m[1]!), warnings });
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}
