import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';

interface ListEditorProps {
  title: string;
  items: string[];
  onChange(items: string[]): void;
  /** Accessible name of the n-th entry (1-based). */
  itemLabel(n: number): string;
  addLabel: string;
  placeholder: string;
  errors: (string | undefined)[];
  notes?: (string | undefined)[];
  /** Extra controls after an entry (probe button, verdict). */
  extra?(item: string, index: number): ReactNode;
  disabled?: boolean;
}

const move = (items: string[], from: number, to: number): string[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** An ordered list of text entries: add, remove, move up and down; each entry's error shows beside it. */
export function ListEditor({ title, items, onChange, itemLabel, addLabel, placeholder, errors, notes, extra, disabled }: ListEditorProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  }, [items.length]);
  return (
    <fieldset className="list-editor" disabled={disabled}>
      <legend>{title}</legend>
      <ol ref={list}>
        {items.map((item, i) => {
          const label = itemLabel(i + 1);
          const errorId = `${title}-${i}-error`;
          return (
            <li key={i} className={errors[i] ? 'field-invalid' : undefined}>
              <div className="list-row">
                <input aria-label={label} value={item} placeholder={placeholder} spellCheck={false} aria-invalid={errors[i] ? true : undefined}
                  aria-describedby={errors[i] || notes?.[i] ? errorId : undefined}
                  onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))} />
                <IconButton label={t('daemon.list.up', { item: label })} icon={<ArrowUp aria-hidden="true" />} disabled={i === 0} onClick={() => onChange(move(items, i, i - 1))} />
                <IconButton label={t('daemon.list.down', { item: label })} icon={<ArrowDown aria-hidden="true" />} disabled={i === items.length - 1} onClick={() => onChange(move(items, i, i + 1))} />
                <IconButton label={t('daemon.list.remove', { item: label })} icon={<X aria-hidden="true" />} onClick={() => onChange(items.filter((_, j) => j !== i))} />
                {extra?.(item, i)}
              </div>
              {(errors[i] || notes?.[i]) && <small id={errorId} className={errors[i] ? 'field-error' : 'hint'} role={errors[i] ? 'alert' : undefined}>{errors[i] ?? notes?.[i]}</small>}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => { added.current = true; onChange([...items, '']); }}>{addLabel}</button>
    </fieldset>
  );
}
