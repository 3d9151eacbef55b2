import type { EngineServices } from '../../../shared/api/app';
import type { EngineMonitor } from '../engine/engine-monitor';
import type { DockerCredentials } from './docker-credentials';
import { RegistryClient, isInsecure } from './registry-browse';
import { login, registryServer } from './registry-login';
import { searchImages } from './search-images';

export function createRegistriesService(engine: EngineMonitor, credentials: DockerCredentials): EngineServices['registries'] {
  const client = async (input: string): Promise<RegistryClient> => {
    const server = registryServer(input);
    return new RegistryClient(server, await isInsecure(engine, server), await credentials.get(server));
  };
  return {
    logins: () => credentials.list(),
    login: (input) => login(engine, credentials, input),
    logout: ({ server }) => credentials.erase(registryServer(server)),
    catalog: async ({ server }) => (await client(server)).catalog(),
    tags: async ({ server, repository }) => (await client(server)).tags(repository),
    search: (input) => searchImages(engine, input),
  };
}
