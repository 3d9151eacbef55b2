import { describe, expect, it } from 'vitest';
import { dockerRunLine, parseDockerRun, type RunSource } from './docker-run';
import { parseRunForm } from './run-form';

describe('a pasted docker run line', () => {
  it('fills the form, joined short flags and = forms included, and names what it cannot carry', () => {
    const pasted = parseDockerRun(`docker run -dit --name web -p 8080:80 -p127.0.0.1:9000:9000/udp -e A=1 --env=B=two \\
      --restart on-failure:3 --cpus 1.5 -m 512m --shm-size=128m --health-cmd "wget -q -O- localhost" --health-interval 10s \\
      --cap-add NET_ADMIN --cap-add SYS_TIME --privileged --init --add-host db:10.0.0.5 --dns 1.1.1.1 -w /srv -u 1000:1000 \\
      -l team=blue --pids-limit 100 --read-only -v data:/data berth/busybox sh -c 'echo "hi there"'`);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const { form, unsupported } = pasted.value;
    expect(form).toMatchObject({
      name: 'web', interactive: true, tty: true, image: 'berth/busybox', command: `sh -c 'echo "hi there"'`,
      ports: '8080:80\n127.0.0.1:9000:9000/udp', env: 'A=1\nB=two', restart: 'on-failure', maxRetries: '3', cpus: '1.5', memory: '512m',
      shmSize: '128m', healthCmd: 'wget -q -O- localhost', healthInterval: '10s', capAdd: 'NET_ADMIN,SYS_TIME', privileged: true, init: true,
      addHosts: 'db:10.0.0.5', dns: '1.1.1.1', workdir: '/srv', user: '1000:1000', labels: 'team=blue', volumes: 'data:/data',
    });
    expect(unsupported).toEqual(['--pids-limit 100', '--read-only']);
    expect(parseRunForm(form)).toMatchObject({ ok: true, spec: { command: ['sh', '-c', 'echo "hi there"'], nanoCpus: 1.5e9, memory: 512 * 1024 ** 2 } });
  });

  it('refuses a line that is not docker run', () => {
    expect(parseDockerRun('docker ps -a')).toEqual({ ok: false, error: { key: 'validation.paste.notRun' } });
    expect(parseDockerRun('podman container run busybox')).toMatchObject({ ok: true, value: { form: { image: 'busybox' } } });
  });
});

const source = (over: Partial<RunSource> = {}): RunSource => ({
  name: 'web', image: 'berth/busybox:latest',
  config: { Cmd: ['sh', '-c', 'echo hi'], Entrypoint: null, Env: ['PATH=/bin', 'A=1'], WorkingDir: '/srv', Labels: { team: 'blue', from: 'image' }, Tty: true, OpenStdin: true },
  hostConfig: {
    PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '5353' }] },
    RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 }, NetworkMode: 'bridge', Memory: 256 * 1024 ** 2, NanoCpus: 5e8, ShmSize: 64 * 1024 ** 2,
    CapAdd: ['NET_ADMIN'], Binds: ['/host:/data:ro'],
  },
  volumeMounts: [{ name: 'cache', destination: '/cache', readOnly: false }],
  imageConfig: { Cmd: ['sh'], Env: ['PATH=/bin'], Labels: { from: 'image' } },
  ...over,
});

describe('copy as docker run', () => {
  it('writes only what differs from the image and the engine’s defaults, quoted for a shell', () => {
    expect(dockerRunLine(source())).toBe("docker run -d --name web -i -t --restart on-failure:2 -p 8080:80 -p 127.0.0.1:5353:53/udp -v /host:/data:ro -v cache:/cache -e A=1 -l team=blue -w /srv --cap-add NET_ADMIN --cpus 0.5 -m 256m berth/busybox:latest sh -c 'echo hi'");
  });

  it('round-trips through the paste parser into the same form', () => {
    const pasted = parseDockerRun(dockerRunLine(source()));
    expect(pasted.ok && pasted.value.unsupported).toEqual([]);
    expect(pasted.ok && parseRunForm(pasted.value.form)).toMatchObject({ ok: true, spec: { name: 'web', memory: 256 * 1024 ** 2, nanoCpus: 5e8, command: ['sh', '-c', 'echo hi'] } });
  });

  it('an entrypoint of several words keeps its words before the command', () => {
    const line = dockerRunLine(source({ config: { ...source().config, Entrypoint: ['sh', '-c'], Cmd: ['echo hi'] } }));
    expect(line).toContain("--entrypoint sh berth/busybox:latest -c 'echo hi'");
  });
});
