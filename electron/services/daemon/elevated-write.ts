/**
 * When daemon.json is not writable by the user, Berth writes its new text to a private temp file and asks the
 * system to copy it over with elevation (polkit, the macOS administrator prompt, or UAC). The copy goes through a
 * temp name beside the target and a rename, so the replace stays atomic; the old file's mode is kept.
 */
export interface ElevatedCommand { file: string; args: string[] }

/** A POSIX shell single-quoted word. */
export const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const psQuote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** -EncodedCommand takes base64 of UTF-16LE: no quoting survives two PowerShell hops otherwise. */
const psEncoded = (script: string): string => Buffer.from(script, 'utf16le').toString('base64');

/** The POSIX script that replaces `target` with `source`, keeping mode and owner when the target exists. */
export function replaceScript(source: string, target: string): string {
  const s = shQuote(source);
  const t = shQuote(target);
  const tmp = shQuote(`${target}.berth.tmp`);
  return [
    `mkdir -p "$(dirname ${t})"`,
    `cp ${s} ${tmp}`,
    `if [ -e ${t} ]; then chmod --reference=${t} ${tmp} 2>/dev/null || chmod "$(stat -f %Lp ${t})" ${tmp}; chown "$(stat -c %u:%g ${t} 2>/dev/null || stat -f %u:%g ${t})" ${tmp}; else chmod 644 ${tmp}; fi`,
    `sync ${tmp} 2>/dev/null || sync`,
    `mv -f ${tmp} ${t}`,
  ].join(' && ');
}

export function elevatedReplaceCommand(platform: NodeJS.Platform, source: string, target: string): ElevatedCommand {
  if (platform === 'win32') {
    const inner = `Copy-Item -LiteralPath ${psQuote(source)} -Destination ${psQuote(`${target}.berth.tmp`)} -Force; Move-Item -LiteralPath ${psQuote(`${target}.berth.tmp`)} -Destination ${psQuote(target)} -Force`;
    return {
      file: 'powershell.exe',
      args: ['-NoProfile', '-Command', `Start-Process powershell.exe -Verb RunAs -Wait -WindowStyle Hidden -ArgumentList '-NoProfile','-EncodedCommand','${psEncoded(inner)}'`],
    };
  }
  const script = replaceScript(source, target);
  if (platform === 'darwin') {
    const applescript = `do shell script ${JSON.stringify(script)} with administrator privileges`;
    return { file: 'osascript', args: ['-e', applescript] };
  }
  return { file: 'pkexec', args: ['/bin/sh', '-c', script] };
}
