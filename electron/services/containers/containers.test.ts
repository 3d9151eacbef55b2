import { describe, expect, it } from 'vitest';
import { emptyRunForm, parseRunForm } from '../../../shared/run-form';
import { toContainerSummary, healthFromStatus } from './container-summary';
import { toStatsSample } from './container-stats';
import { toCreateOptions } from './run-container';

describe('toContainerSummary', () => {
  it('normalises a list entry, with compose labels and health', () => {
    const summary = toContainerSummary({
      Id: 'abc', Names: ['/web'], Image: 'berth/httpd', ImageID: 'sha256:1', Command: 'httpd', Created: 10, State: 'running',
      Status: 'Up 2 minutes (healthy)', Ports: [{ IP: '0.0.0.0', PrivatePort: 8080, PublicPort: 80, Type: 'tcp' }],
      Labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' },
      HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [],
    });
    expect(summary).toMatchObject({ name: 'web', state: 'running', health: 'healthy', composeProject: 'shop', composeService: 'web', ports: [{ ip: '0.0.0.0', publicPort: 80 }] });
  });
  it('reads when the state began and the exit code from the status text, and keeps what it knew while the state holds', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const entry = (State: string, Status: string) => toContainerSummary({ Id: 'a', Names: ['/a'], Image: 'i', ImageID: 'i', Command: 'c', Created: 100, State, Status, Ports: [], Labels: {}, HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [] }, now);
    expect(entry('exited', 'Exited (5) 2 hours ago')).toMatchObject({ since: now - 7_200_000, exitCode: 5 });
    expect(entry('running', 'Up About a minute')).toMatchObject({ since: now - 60_000, exitCode: null });
    expect(entry('running', 'Up Less than a second')).toMatchObject({ since: now });
    expect(entry('created', 'Created')).toMatchObject({ since: 100_000, exitCode: null });
    const known = { ...entry('running', 'Up 3 minutes'), since: 42 };
    expect(toContainerSummary({ Id: 'a', Names: ['/a'], Image: 'i', ImageID: 'i', Command: 'c', Created: 100, State: 'running', Status: 'Up 4 minutes', Ports: [], Labels: {}, HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [] }, now, known).since).toBe(42);
  });
  it('reads health from the status text', () => {
    expect(healthFromStatus('Up 1 second (health: starting)')).toBe('starting');
    expect(healthFromStatus('Up 1 second (unhealthy)')).toBe('unhealthy');
    expect(healthFromStatus('Exited (0) 1 second ago')).toBeNull();
  });
});

describe('toCreateOptions', () => {
  it('maps the run form the way `docker run` does', () => {
    const parsed = parseRunForm({
      ...emptyRunForm, image: 'berth/httpd', name: 'web', ports: '127.0.0.1:8080:8080\n9000/udp', env: 'A=1', volumes: '/srv:/srv:ro\nvol:/v',
      entrypoint: 'sh -c', command: 'echo hi', restart: 'unless-stopped', tty: true, interactive: true,
    });
    if (!parsed.ok) throw new Error('form should parse');
    expect(toCreateOptions(parsed.spec)).toEqual({
      Image: 'berth/httpd', name: 'web', Cmd: ['echo', 'hi'], Entrypoint: ['sh', '-c'], Env: ['A=1'],
      ExposedPorts: { '8080/tcp': {}, '9000/udp': {} }, Tty: true, OpenStdin: true, StdinOnce: false, AttachStdin: false,
      HostConfig: {
        PortBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }], '9000/udp': [{ HostIp: '', HostPort: '' }] },
        PublishAllPorts: false, Binds: ['/srv:/srv:ro', 'vol:/v'], RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 }, AutoRemove: false,
      },
    });
  });
});

describe('toStatsSample', () => {
  it('computes CPU % and memory as `docker stats` does', () => {
    const sample = toStatsSample({
      read: '2026-01-01T00:00:00Z',
      cpu_stats: { cpu_usage: { total_usage: 300 }, system_cpu_usage: 2000, online_cpus: 2 },
      precpu_stats: { cpu_usage: { total_usage: 100 }, system_cpu_usage: 1000 },
      memory_stats: { usage: 1000, limit: 4000, stats: { inactive_file: 200 } },
      networks: { eth0: { rx_bytes: 5, tx_bytes: 6 }, eth1: { rx_bytes: 1, tx_bytes: 1 } },
      blkio_stats: { io_service_bytes_recursive: [{ op: 'Read', value: 10 }, { op: 'write', value: 20 }] },
    });
    expect(sample).toEqual({
      time: Date.parse('2026-01-01T00:00:00Z'), cpuPercent: 40, memoryBytes: 800, memoryLimitBytes: 4000,
      networkRxBytes: 6, networkTxBytes: 7, blockReadBytes: 10, blockWriteBytes: 20,
    });
  });
});
