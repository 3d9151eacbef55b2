import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServices } from '../services/create-services';
import { guardProcess } from '../services/process/process-guard';
import { isLoopback } from './host-guard';
import { startWebHost } from './web-host';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    static: { type: 'string', default: path.resolve('dist/renderer') },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`berth web: --port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
if (!existsSync(path.join(values.static, 'index.html'))) {
  console.error(`berth web: no built renderer in ${values.static}: run "npm run build" first`);
  process.exit(2);
}
if (!values['tls-cert'] !== !values['tls-key']) {
  console.error('berth web: --tls-cert and --tls-key go together: give both PEM files, or neither');
  process.exit(2);
}
const readPem = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`berth web: cannot read ${file}: ${(err as Error).message}`);
    return process.exit(2);
  }
};
const tls = values['tls-cert'] && values['tls-key'] ? { cert: readPem(values['tls-cert']), key: readPem(values['tls-key']) } : undefined;
if (!isLoopback(values.host)) {
  console.warn(`berth web: WARNING: listening on ${values.host}, not loopback: anyone who can reach it and has the URL controls your engine.`);
  if (!tls) {
    console.warn('berth web: WARNING: plain HTTP: the token in the URL and everything on the page cross the network unencrypted. '
      + 'Use this only on a network you trust, or give --tls-cert and --tls-key.');
  }
}

guardProcess();
const services = startServices();
const host = await startWebHost({ api: services.app, staticDir: values.static, host: values.host, port, tls, initialState: services.initialState });
console.log(`Berth web host: ${host.url}`);

const shutdown = async (): Promise<void> => {
  services.stop();
  await host.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
