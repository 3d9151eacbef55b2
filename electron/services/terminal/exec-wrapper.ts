/**
 * Every exec runs under this wrapper: it reports its PID inside the container (an OSC sequence main strips), so that
 * closing the session can end the process (the engine keeps an exec alive when its client goes away), then runs the
 * user's command or, quietly, the first shell the image has: bash → ash → sh.
 */
export const PID_MARK = /\u001b\]7770;(\d+)\u0007/;
const REPORT_PID = 'printf "\\033]7770;%s\\007" "$$"';
export function execCommand(command: string[]): string[] {
  if (command.length) return ['/bin/sh', '-c', `${REPORT_PID}; exec "$@"`, 'sh', ...command];
  return ['/bin/sh', '-c', `${REPORT_PID}; if command -v bash >/dev/null 2>&1; then exec bash; elif command -v ash >/dev/null 2>&1; then exec ash; else exec sh; fi`];
}
