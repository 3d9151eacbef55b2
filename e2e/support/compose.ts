import { docker } from './engine';

/**
 * The two-service project the compose tests run: web (the sandbox httpd image, its port published as given: a number
 * or `${WEB_PORT}` from the folder's .env), a worker (busybox in a loop) with a named volume, both on a network.
 */
export const composeStack = (port: string): string => `services:
  web:
    image: berth/httpd:latest
    ports: ["${port}:8080"]
    networks: [back]
    depends_on: [worker]
  worker:
    image: berth/busybox:latest
    command: sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"
    volumes: [data:/data]
    networks: [back]
volumes:
  data: {}
networks:
  back: {}
`;

/** What a project has on the engine, found by compose's project label. */
export async function projectResources(project: string) {
  const label = { label: [`com.docker.compose.project=${project}`] };
  return {
    containers: await docker.listContainers({ all: true, filters: label }),
    volumes: (await docker.listVolumes({ filters: label })).Volumes ?? [],
    networks: await docker.listNetworks({ filters: label }),
  };
}
