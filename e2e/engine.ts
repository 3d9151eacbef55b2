import Docker from 'dockerode';

export const docker = new Docker({ socketPath: process.env.DOCKER_HOST!.replace('unix://', '') });

export async function removeContainers(prefix: string): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { name: [prefix] } });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
}

export const containerNames = async (prefix: string): Promise<string[]> =>
  (await docker.listContainers({ all: true, filters: { name: [prefix] } })).map((c) => c.Names[0]!.slice(1)).sort();
