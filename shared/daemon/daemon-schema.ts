// JSON Schema of daemon.json (dockerd's documented options), for validation in main and completion and key docs in the
// raw editor. Unknown keys are allowed by the schema and reported as warnings: a newer engine may know them.
type Schema = Record<string, unknown>;

const s = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const b = (description: string): Schema => ({ type: 'boolean', description });
const i = (description: string, minimum = 0): Schema => ({ type: 'integer', minimum, description });
const list = (description: string): Schema => ({ type: 'array', items: { type: 'string' }, description });
const stringMap = (description: string): Schema => ({ type: 'object', additionalProperties: { type: 'string' }, description });

const COMMON: Record<string, Schema> = {
  'registry-mirrors': list('Registry mirrors tried before Docker Hub, in order (http or https URL, no path). Live-reloadable.'),
  'insecure-registries': list('Registries reached over plain HTTP or with unverified TLS: host[:port] or CIDR, no scheme. Live-reloadable.'),
  'allow-nondistributable-artifacts': list('Registries that may receive non-distributable layers. Live-reloadable.'),
  debug: b('Debug logging. Live-reloadable.'),
  labels: list('Engine labels, key=value. Live-reloadable.'),
  'max-concurrent-downloads': i('Parallel layer downloads per pull (default 3). Live-reloadable.', 1),
  'max-concurrent-uploads': i('Parallel layer uploads per push (default 5). Live-reloadable.', 1),
  'max-download-attempts': i('Download attempts per layer (default 5). Live-reloadable.', 1),
  'shutdown-timeout': i('Seconds to wait for containers when the engine stops. Live-reloadable.'),
  'data-root': s('Where images, containers and volumes live. Changing it needs a restart; existing data is not moved.'),
  'exec-root': s('Where execution state lives.'),
  pidfile: s('The engine’s pid file.'),
  hosts: list('Sockets the engine listens on. Must not also be given as -H on the command line.'),
  'log-driver': s('Default logging driver for containers (json-file, local, journald, syslog, none, …).'),
  'log-opts': stringMap('Options of the default log driver; values are strings, e.g. "max-size": "10m", "max-file": "3".'),
  'log-level': s('Engine log level.', { enum: ['debug', 'info', 'warn', 'error', 'fatal'] }),
  'log-format': s('Engine log format.', { enum: ['text', 'json'] }),
  dns: list('DNS servers for containers.'),
  'dns-opts': list('DNS options for containers.'),
  'dns-search': list('DNS search domains for containers.'),
  experimental: b('Experimental features.'),
  features: { type: 'object', description: 'Feature flags, e.g. "buildkit": true. Live-reloadable.', properties: { buildkit: b('Use BuildKit for docker build.') } },
  builder: {
    type: 'object', description: 'Builder settings.',
    properties: { gc: { type: 'object', description: 'Build cache garbage collection.', properties: { enabled: b('Collect build cache.'), defaultKeepStorage: s('Cache to keep, e.g. "20GB".') } } },
  },
  proxies: {
    type: 'object', description: 'Proxies the engine uses for pulls (Engine 23 and later; older engines refuse this key).',
    properties: { 'http-proxy': s('HTTP proxy URL.'), 'https-proxy': s('HTTPS proxy URL.'), 'no-proxy': s('Hosts that bypass the proxy, comma-separated.') },
    additionalProperties: false,
  },
  'default-runtime': s('Default OCI runtime. Live-reloadable.'),
  runtimes: { type: 'object', description: 'Extra OCI runtimes. Live-reloadable.' },
  'storage-driver': s('Storage driver (overlay2, …).'),
  'storage-opts': list('Storage driver options.'),
  mtu: i('Container network MTU.'),
  tls: b('Use TLS.'), tlsverify: b('Use TLS and verify clients.'), tlscacert: s('CA certificate.'), tlscert: s('TLS certificate.'), tlskey: s('TLS key.'),
  group: s('Group owning the engine socket.'),
  'authorization-plugins': list('Authorization plugins. Live-reloadable.'),
  'default-address-pools': {
    type: 'array', description: 'Address pools for new networks.',
    items: { type: 'object', properties: { base: s('CIDR, e.g. 172.80.0.0/16'), size: i('Prefix length of each network.', 1) }, required: ['base', 'size'] },
  },
  'api-cors-header': s('CORS header of the remote API.'),
  'containerd': s('containerd socket.'),
  'containerd-namespace': s('containerd namespace.'),
  'swarm-default-advertise-addr': s('Default swarm advertise address.'),
};

const LINUX_ONLY: Record<string, Schema> = {
  'live-restore': b('Keep containers running while the engine restarts. Live-reloadable.'),
  bip: s('Bridge IP and netmask.'), bridge: s('Bridge to attach containers to.'), 'fixed-cidr': s('IPv4 subnet for fixed IPs.'),
  'fixed-cidr-v6': s('IPv6 subnet for fixed IPs.'), 'default-gateway': s('Default IPv4 gateway.'), 'default-gateway-v6': s('Default IPv6 gateway.'),
  ip: s('Default IP when publishing ports.'), 'ip-forward': b('Enable IP forwarding.'), 'ip-masq': b('IP masquerading.'),
  iptables: b('Manage iptables rules.'), ip6tables: b('Manage ip6tables rules.'), ipv6: b('IPv6 networking.'), icc: b('Inter-container communication.'),
  'userland-proxy': b('Userland proxy for published ports.'), 'userland-proxy-path': s('Userland proxy binary.'),
  'cgroup-parent': s('Parent cgroup of containers.'), 'default-cgroupns-mode': s('Default cgroup namespace mode.', { enum: ['host', 'private'] }),
  'default-ipc-mode': s('Default IPC mode.', { enum: ['shareable', 'private'] }), 'default-shm-size': s('Default /dev/shm size, e.g. "64M".'),
  'default-ulimits': { type: 'object', description: 'Default ulimits of containers.' }, 'exec-opts': list('Runtime execution options.'),
  init: b('Run an init inside containers.'), 'init-path': s('The init binary.'), 'no-new-privileges': b('no-new-privileges for containers.'),
  'oom-score-adjust': { type: 'integer', description: 'OOM score of the engine.' }, 'seccomp-profile': s('Seccomp profile path.'),
  'selinux-enabled': b('SELinux support.'), 'userns-remap': s('User namespace remapping.'), 'raw-logs': b('Full timestamps without ANSI colours.'),
  'cdi-spec-dirs': list('CDI spec directories.'),
};

export type EngineOs = 'linux' | 'windows';

export function daemonJsonSchema(os: EngineOs): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `daemon.json (${os})`,
    type: 'object',
    properties: os === 'linux' ? { ...COMMON, ...LINUX_ONLY } : COMMON,
  };
}

export const LINUX_ONLY_KEYS = Object.keys(LINUX_ONLY);
export const knownKeys = (os: EngineOs): string[] => Object.keys(os === 'linux' ? { ...COMMON, ...LINUX_ONLY } : COMMON);
