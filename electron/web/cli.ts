import { existsSync } from 'node:fs';
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
if (!isLoopback(values.host)) {
  console.warn(`berth web: WARNING: listening on ${values.host}, not loopback: anyone who can reach it and has the URL controls your engine.`);
}

guardProcess();
const services = startServices();
const host = await startWebHost({ api: services.api, staticDir: values.static, host: values.host, port, initialState: services.initialState });
console.log(`Berth web host: ${host.url}`);

const shutdown = async (): Promise<void> => {
  services.stop();
  await host.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
