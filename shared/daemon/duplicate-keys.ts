import { visit } from 'jsonc-parser';

/**
 * Keys that stand twice in one object (dotted paths, e.g. "log-opts.max-size"). The engine reads the last of them;
 * an edit lands in the first: such a file cannot be edited safely until the duplicate goes.
 */
export function duplicateKeys(text: string): string[] {
  const found = new Set<string>();
  const objects: Array<{ path: string; keys: Set<string> }> = [];
  visit(text, {
    onObjectBegin: (_offset, _length, _line, _column, pathSupplier) => void objects.push({ path: pathSupplier().join('.'), keys: new Set() }),
    onObjectProperty: (name) => {
      const object = objects.at(-1)!;
      if (object.keys.has(name)) found.add(object.path ? `${object.path}.${name}` : name);
      object.keys.add(name);
    },
    onObjectEnd: () => void objects.pop(),
  });
  return [...found];
}
