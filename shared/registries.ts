import { z } from 'zod';
import { isHostPort } from './daemon/registry-address';
import { fail, ok, type ParseResult } from './parse/parse-result';

/** The key the Docker CLI files Docker Hub credentials under in config.json. */
export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com']);

/**
 * A registry as typed in a login or browse form ("registry.example.com:5000", "https://…/", empty for Docker Hub) to
 * the key config.json uses: host[:port], or Docker Hub's v1 URL as the CLI writes it.
 */
export function parseRegistryServer(input: string): ParseResult<string> {
  const text = input.trim().replace(/^https?:\/\//i, '').replace(/\/(v1|v2)?\/?$/, '');
  if (!text || HUB_NAMES.has(text.toLowerCase())) return ok(DOCKER_HUB_SERVER);
  return isHostPort(text) ? ok(text) : fail('validation.registry.format', { value: input.trim() });
}

/** The registry an image reference lives in, as a config.json key (see parseRegistryServer). */
export const serverOfRegistry = (registry: string): string => (registry ? registry : DOCKER_HUB_SERVER);

const server = z.string().max(300);

export const LoginInput = z.object({ server, username: z.string().trim().min(1).max(255), password: z.string().min(1).max(4096) });
export type LoginInput = z.infer<typeof LoginInput>;
export const ServerInput = z.object({ server });

/** A stored login: `store` is the credential helper's name (`helper`), or the path of the config.json holding it. */
export const LoginInfo = z.object({ server: z.string(), username: z.string(), store: z.string(), helper: z.boolean() });
export type LoginInfo = z.infer<typeof LoginInfo>;

export const TagsInput = z.object({ server, repository: z.string().min(1).max(255).regex(/^[a-z0-9]+(?:(?:[._]|__|-+|\/)[a-z0-9]+)*$/) });
export const RegistryListing = z.object({ items: z.array(z.string()), truncated: z.boolean() });
export type RegistryListing = z.infer<typeof RegistryListing>;

/** `docker search`: the engine asks the registry named in the term (Docker Hub when none). */
export const SearchInput = z.object({
  term: z.string().trim().min(1).max(255),
  limit: z.number().int().min(1).max(100),
  officialOnly: z.boolean(),
  automatedOnly: z.boolean(),
  minStars: z.number().int().min(0).max(10_000_000),
});
export type SearchInput = z.infer<typeof SearchInput>;
export const SearchResult = z.object({ name: z.string(), description: z.string(), stars: z.number(), official: z.boolean(), automated: z.boolean() });
export type SearchResult = z.infer<typeof SearchResult>;

/** What to pull for a search hit: the registry of the term, then the name the registry gave. */
export function pullReferenceOf(term: string, name: string): string {
  const first = term.trim().split('/')[0] ?? '';
  const registry = term.includes('/') && (/[.:]/.test(first) || first === 'localhost') ? `${first}/` : '';
  return `${registry}${name.replace(/^library\//, registry ? 'library/' : '')}`;
}
