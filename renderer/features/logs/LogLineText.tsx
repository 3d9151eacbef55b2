import Anser from 'anser';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { compileSearch, type LogMatcher, type LogSearch } from '../../../shared/log-search';
import { cutOf } from '../../../shared/log-wire';

/** Longer lines are cut for display (a 100,000-character line must not stall layout); export keeps them whole. */
export const MAX_SHOWN = 10_000;

function highlight(text: string, matcher: LogMatcher | null): ReactNode {
  if (!matcher) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const [start, end] of matcher.ranges(text)) {
    parts.push(text.slice(last, start), <mark key={start}>{text.slice(start, end)}</mark>);
    last = end;
  }
  parts.push(text.slice(last));
  return parts;
}

/** One log line: ANSI colours as classes (no inline styles under the CSP), search matches marked. */
export const LogLineText = memo(function LogLineText({ text: line, search }: { text: string; search: LogSearch }) {
  const { t } = useTranslation();
  const { text, cut } = cutOf(line);
  const shown = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) : text;
  const compiled = compileSearch(search);
  const pattern = compiled === 'invalid' ? null : compiled;
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
      {cut > 0 && <span className="log-cut">{t('logs.cutInMain', { count: cut })}</span>}
    </>
  );
});
