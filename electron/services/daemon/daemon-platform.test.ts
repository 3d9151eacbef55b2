import { describe, expect, it } from 'vitest';
import { berthConfigDir } from './berth-settings';
import { resolveDaemonConfigPath } from './daemon-config-location';
import { defaultEngineControl, dockerdControl } from './engine-control';
import { listenedSockets, readDockerdArgs, systemdUnit } from './running-dockerd';
import { engineErrorText, newLogLines } from './engine-log';

const base = { env: {}, homedir: '/home/ann', endpoint: 'unix:///var/run/docker.sock', engineName: 'Docker Engine - Community' };

describe('which daemon.json the engine reads', () => {
  it('Linux rootful, rootless, Docker Desktop; macOS; Windows native and Desktop; a path the user set', () => {
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux' })).toEqual({ path: '/etc/docker/daemon.json', source: 'linux-rootful' });
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux', endpoint: 'unix:///run/user/1000/docker.sock' }))
      .toEqual({ path: '/home/ann/.config/docker/daemon.json', source: 'linux-rootless' });
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux', endpoint: 'unix:///run/user/1000/docker.sock', env: { XDG_CONFIG_HOME: '/cfg' } }).path)
      .toBe('/cfg/docker/daemon.json');
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux', endpoint: 'unix:///home/ann/.docker/desktop/docker.sock' }).source).toBe('desktop');
    expect(resolveDaemonConfigPath({ ...base, platform: 'darwin', endpoint: 'unix:///Users/ann/.docker/run/docker.sock' }))
      .toEqual({ path: '/home/ann/.docker/daemon.json', source: 'desktop' });
    expect(resolveDaemonConfigPath({ ...base, platform: 'win32', endpoint: 'npipe:////./pipe/docker_engine', engineName: 'Docker Engine', env: { ProgramData: 'D:\\PD' } }))
      .toEqual({ path: 'D:\\PD\\docker\\config\\daemon.json', source: 'windows-native' });
    expect(resolveDaemonConfigPath({ ...base, platform: 'win32', engineName: 'Docker Desktop 4.40.0 (187762)', env: { USERPROFILE: 'C:\\Users\\ann' } }))
      .toEqual({ path: 'C:\\Users\\ann\\.docker\\daemon.json', source: 'desktop' });
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux', override: { value: '/srv/d.json', from: 'setting' } })).toEqual({ path: '/srv/d.json', source: 'setting' });
  });
  it('knows how each kind of engine is reloaded and restarted, and offers dockerd --validate from Engine 23', () => {
    expect(defaultEngineControl('linux-rootful', '27.3.1')).toMatchObject({ validate: 'dockerd --validate --config-file {file}', reload: 'systemctl reload docker' });
    expect(defaultEngineControl('linux-rootful', '20.10.24').validate).toBeNull();
    expect(defaultEngineControl('linux-rootless', null).restart).toBe('systemctl --user restart docker');
    expect(defaultEngineControl('desktop', '27.3.1')).toMatchObject({ reload: null, restart: 'docker desktop restart' });
    expect(defaultEngineControl('windows-native', '27.3.1').restart).toContain('Restart-Service docker');
    expect(defaultEngineControl('setting', '27.3.1')).toEqual({ validate: null, reload: null, restart: null, log: null });
  });
  it('reads a running dockerd’s command line and cgroup: sockets, --config-file, --pidfile, its systemd unit', () => {
    expect(listenedSockets([])).toEqual(['/var/run/docker.sock', '/run/docker.sock']);
    expect(listenedSockets(['-H', 'fd://', '--containerd=/run/containerd/containerd.sock'])).toContain('/run/docker.sock');
    expect(listenedSockets(['-H', 'unix:///tmp/a.sock', '--host=tcp://0.0.0.0:2375', '-Hunix:///tmp/b.sock'])).toEqual(['/tmp/a.sock', '/tmp/b.sock']);
    expect(listenedSockets([], '/run/user/1000')).toContain('/run/user/1000/docker.sock');
    expect(readDockerdArgs(['--config-file', 'cfg/d.json', '-p', '/run/d.pid'], '/srv')).toEqual({ configFile: '/srv/cfg/d.json', pidFile: '/run/d.pid' });
    expect(readDockerdArgs(['--config-file=/etc/d.json', '--pidfile=/x.pid'], null)).toEqual({ configFile: '/etc/d.json', pidFile: '/x.pid' });
    expect(readDockerdArgs(['--data-root', '/d'], '/')).toEqual({ configFile: null, pidFile: null });
    expect(systemdUnit('0::/system.slice/docker.service\n')).toEqual({ name: 'docker.service', user: false });
    expect(systemdUnit('12:pids:/x\n1:name=systemd:/user.slice/user-1000.slice/user@1000.service/app.slice/docker.service')).toEqual({ name: 'docker.service', user: true });
    expect(systemdUnit('0::/\n')).toBeNull();
  });
  it('applies through the running dockerd’s own unit, or SIGHUP to its pid when no service manager owns it', () => {
    expect(dockerdControl({ pid: 7, configFile: null, pidFile: null, unit: { name: 'dockerd-dev.service', user: false } }, '20.10.24'))
      .toEqual({ validate: null, reload: 'systemctl reload dockerd-dev.service', restart: 'systemctl restart dockerd-dev.service', log: 'journalctl -u dockerd-dev.service -n 300 --no-pager -o cat' });
    expect(dockerdControl({ pid: 7, configFile: null, pidFile: null, unit: null }, '27.0.0'))
      .toEqual({ validate: 'dockerd --validate --config-file {file}', reload: 'kill -HUP 7', restart: null, log: null });
  });
  it('keeps its own settings where each OS keeps app settings', () => {
    expect(berthConfigDir({ env: {}, platform: 'linux', homedir: '/home/ann' })).toBe('/home/ann/.config/berth');
    expect(berthConfigDir({ env: {}, platform: 'darwin', homedir: '/Users/ann' })).toBe('/Users/ann/Library/Application Support/Berth');
    expect(berthConfigDir({ env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, platform: 'win32', homedir: 'C:\\Users\\ann' }))
      .toBe('C:\\Users\\ann\\AppData\\Roaming\\Berth');
    expect(berthConfigDir({ env: { BERTH_CONFIG_DIR: '/x' }, platform: 'linux', homedir: '/h' })).toBe('/x');
  });
});

describe('the engine’s own words', () => {
  it('finds what dockerd said about the config among the new log lines', () => {
    const before = 'time="1" level=info msg="old"\n';
    const after = `${before}time="2" level=info msg="Got signal to reload configuration"\ntime="3" level=error msg="Error reconfiguring the daemon: invalid mirror: path, query, or fragment at end of the URI \\"https://m/x\\""\n`;
    expect(engineErrorText(newLogLines(before, after))).toBe('Error reconfiguring the daemon: invalid mirror: path, query, or fragment at end of the URI "https://m/x"');
    expect(engineErrorText(['unable to configure the Docker daemon with file /d.json: json: cannot unmarshal number'])).toContain('cannot unmarshal number');
  });
});
