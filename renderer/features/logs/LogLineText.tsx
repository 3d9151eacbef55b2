import Anser from 'anser';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type LogSearch, searchPattern } from '../../../shared/logs';

/** Longer lines are cut for display (a 100,000-character line must not stall layout); export keeps them whole. */
export const MAX_SHOWN = 10_000;

function highlight(text: string, pattern: RegExp | null): ReactNode {
  if (!pattern) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') { pattern.lastIndex++; continue; }
    parts.push(text.slice(last, m.index), <mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** One log line: ANSI colours as classes (no inline styles under the CSP), search matches marked. */
export const LogLineText = memo(function LogLineText({ text, search }: { text: string; search: LogSearch }) {
  const { t } = useTranslation();
  const shown = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) : text;
  const pattern = searchPattern(search);
  const segments = shown.includes('\u001b[') ? Anser.ansiToJson(shown, { use_classes: true, remove_empty: true }) : null;
  return (
    <>
      {segments
        ? segments.map((s, i) => {
          const classes = [s.fg && `${s.fg}-fg`, s.bg && `${s.bg}-bg`, ...s.decorations.map((d) => `ansi-${d}`)].filter(Boolean).join(' ');
          return <span key={i} className={classes || undefined}>{highlight(s.content, pattern)}</span>;
        })
        : highlight(shown, pattern)}
      {shown !== text && <span className="log-cut">{t('logs.cut', { count: text.length - MAX_SHOWN })}</span>}
    </>
  );
});
