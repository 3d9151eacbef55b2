import { describe, expect, it } from 'vitest';
import { berthConfigDir } from './berth-settings';
import { resolveDaemonConfigPath } from './daemon-config-location';
import { defaultEngineControl } from './engine-control';
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
    expect(resolveDaemonConfigPath({ ...base, platform: 'linux', override: '/srv/d.json' })).toEqual({ path: '/srv/d.json', source: 'setting' });
  });
  it('knows how each kind of engine is reloaded and restarted, and offers dockerd --validate from Engine 23', () => {
    expect(defaultEngineControl('linux-rootful', '27.3.1')).toMatchObject({ validate: 'dockerd --validate --config-file {file}', reload: 'systemctl reload docker' });
    expect(defaultEngineControl('linux-rootful', '20.10.24').validate).toBeNull();
    expect(defaultEngineControl('linux-rootless', null).restart).toBe('systemctl --user restart docker');
    expect(defaultEngineControl('desktop', '27.3.1')).toMatchObject({ reload: null, restart: 'docker desktop restart' });
    expect(defaultEngineControl('windows-native', '27.3.1').restart).toContain('Restart-Service docker');
    expect(defaultEngineControl('setting', '27.3.1')).toEqual({ validate: null, reload: null, restart: null, log: null });
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
