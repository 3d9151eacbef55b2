/**
 * The last guard of a shell's process (web host or desktop main): one request's failure that escaped every handler
 * (an `error` event nobody listens to, a rejected promise nobody awaits) is logged, and the process goes on serving
 * everyone else. The request itself has already failed on its own path.
 */
export function guardProcess(log: (line: string) => void = (line) => console.error(line)): () => void {
  const report = (kind: string) => (err: unknown) => log(`berth: ${kind} caught, process kept running: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  const onException = report('uncaught exception');
  const onRejection = report('unhandled rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
