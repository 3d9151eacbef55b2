import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { ComposeProblem } from '../../../shared/compose';

const TOP_LEVEL = '(?:services|volumes|networks|configs|secrets)';
/** v1: "Unsupported config option for services.web: 'foo'"; v2: "services.web additional properties 'foo' not allowed". */
const KEY_PATH = new RegExp(`\\b(${TOP_LEVEL}(?:\\.[A-Za-z0-9_-]+)*)\\b`);
const QUOTED = /'([^']+)'/;
const LINE = /\bline (\d+)/;

/** The line of a key path in the text (`services.web`, then the key `foo` inside it, if named). */
function lineOf(text: string, path: string[], key: string | null): number | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const parent = doc.getIn(path, true) as Node | undefined;
  let offset = parent?.range?.[0];
  if (key && isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) offset = pair.key.range?.[0];
  }
  if (offset === undefined && path.length) {
    // The path's last key itself (the parent may be a scalar or null: "web:" with nothing under it).
    const outer = doc.getIn(path.slice(0, -1), true);
    const pair = isMap(outer) ? outer.items.find((p) => isScalar(p.key) && String(p.key.value) === path.at(-1)) : undefined;
    offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  }
  return offset === undefined ? null : counter.linePos(offset).line;
}

/**
 * Compose's complaints about a file, each at its line: compose's own "line N" when it says one, else the line of the
 * key path it names (compose says where by path, not by line, for a key it does not know or a value of a wrong type).
 */
export function composeProblems(text: string, output: string): ComposeProblem[] {
  const lines = output.split('\n').map((l) => l.replace(/^ERROR: /, '').trim()).filter((l) => l && !/is invalid because:$/.test(l));
  const problems: ComposeProblem[] = [];
  for (const message of lines) {
    const said = LINE.exec(message);
    if (said) {
      // "in "./docker-compose.yml", line 4, column 10" belongs to the message before it.
      const last = problems.at(-1);
      if (last && /^in "/.test(message) && last.line === null) last.line = Number(said[1]);
      else problems.push({ line: Number(said[1]), message });
      continue;
    }
    const path = KEY_PATH.exec(message)?.[1]?.split('.') ?? null;
    const key = QUOTED.exec(message)?.[1] ?? null;
    problems.push({ line: path ? lineOf(text, path, key) : null, message });
  }
  return problems;
}
