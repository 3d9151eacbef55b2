/** Lines of the engine's log that appeared between two reads of its tail. */
export function newLogLines(before: string, after: string): string[] {
  const seen = new Set(before.split('\n'));
  return after.split('\n').filter((line) => line.trim() && !seen.has(line));
}

/**
 * The engine's own words for why it refused a config: dockerd logs `level=error msg="unable to configure the Docker
 * daemon with file …: …"` on start or SIGHUP. Falls back to the last lines when nothing is tagged.
 */
export function engineErrorText(lines: string[]): string {
  const errors = lines
    .filter((l) => /level=(error|fatal)|failed to start daemon|unable to configure|Error reconfiguring/i.test(l))
    .map((l) => /msg="((?:[^"\\]|\\.)*)"/.exec(l)?.[1]?.replace(/\\"/g, '"') ?? l.trim());
  return [...new Set(errors)].join('\n');
}
