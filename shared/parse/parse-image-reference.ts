import { fail, ok, type ParseResult } from './parse-result';

// The grammar of github.com/distribution/reference, shortened: [host[:port]/]path[:tag][@digest].
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::\\d+)?';
const REFERENCE = new RegExp(
  `^(?:(${HOST})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}))?$`,
);

export interface ImageReference {
  registry: string;
  path: string;
  tag: string;
  digest: string;
}

export function parseImageReference(text: string): ParseResult<ImageReference> {
  const value = text.trim();
  if (!value) return fail('validation.image.required');
  if (value.length > 255 + 128 + 80) return fail('validation.image.format', { value });
  const m = REFERENCE.exec(value);
  if (!m) return fail(/[A-Z]/.test(value) ? 'validation.image.uppercase' : 'validation.image.format', { value });
  let [, registry = '', path = ''] = m;
  // `localhost/x` and `host.name/x` are registries; a plain first component is part of the path (docker.io).
  if (registry && !/[.:]/.test(registry) && registry !== 'localhost' && !registry.startsWith('[')) {
    path = `${registry}/${path}`;
    registry = '';
  }
  return ok({ registry, path, tag: m[3] ?? '', digest: m[4] ?? '' });
}

/**
 * A reference as the engine lists a local image under it (RepoTags): Docker Hub's `docker.io/` and `library/` dropped,
 * `latest` when no tag is given. One with a digest, or one that does not parse, is no tag: returned as written.
 */
export function engineTagOf(text: string): string {
  const parsed = parseImageReference(text);
  if (!parsed.ok || parsed.value.digest) return text.trim();
  const { registry, path, tag } = parsed.value;
  const name = !registry || registry === 'docker.io' || registry === 'index.docker.io' ? path.replace(/^library\//, '') : `${registry}/${path}`;
  return `${name}:${tag || 'latest'}`;
}
