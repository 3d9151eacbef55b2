// The whole bridge: one object (`electronTRPC`) that carries the typed API's messages, nothing else.
import { exposeElectronTRPC } from 'trpc-electron/main';

process.once('loaded', () => {
  exposeElectronTRPC();
});
