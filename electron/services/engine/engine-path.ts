import { BerthError } from '../../../shared/errors';

/**
 * Every engine request's path passes here (the client's `dial`), whoever built it. The shared schemas already refuse
 * bad ids; this is the last line: a `.` or `..` segment is refused (the engine answers it with a redirect), and the
 * rest of each segment is escaped, so a `?`, `#`, `%` or space in an id can never start a query string or a fragment.
 * dockerode marks a path that takes options with a final `?`; that one is kept.
 */
export function safeEnginePath(path: string): string {
  const query = path.endsWith('?') ? '?' : '';
  const segments = (query ? path.slice(0, -1) : path).split('/');
  return segments.map((segment, i) => {
    if (i === 0 && segment === '') return segment;
    if (segment === '' || segment === '.' || segment === '..') {
      throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'validation.reference.segment' } });
    }
    // ':' and '@' stay as the engine's own clients send them (tags and digests).
    return encodeURIComponent(segment).replace(/%3A/g, ':').replace(/%40/g, '@');
  }).join('/') + query;
}
