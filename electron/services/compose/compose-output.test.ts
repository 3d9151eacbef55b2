import { describe, expect, it } from 'vitest';
import { summarizeConfig } from './compose-config';
import { parseComposeLine } from './compose-output';

// Recorded from Debian's docker-compose 1.29.2 (`up -d`, then `down -v`) against the sandbox engine: its lines end in
// a carriage return where it would redraw them on a terminal, and names are padded to one width.
const V1_UP = 'Creating network "shop_default" with the default driver\nCreating volume "shop_data" with default driver\n'
  + 'Creating shop_worker_1 ... \r\nCreating shop_web_1    ... \r\nCreating shop_worker_1 ... done\r\nCreating shop_web_1    ... done\r';
const V1_DOWN = 'Stopping shop_web_1    ... \nStopping shop_worker_1 ... \nStopping shop_worker_1 ... done\nStopping shop_web_1    ... done\n'
  + 'Removing shop_web_1    ... \nRemoving shop_worker_1 ... \nRemoving shop_web_1    ... done\nRemoving shop_worker_1 ... done\n'
  + 'Removing network shop_default\nRemoving volume shop_data';
// compose v2's writers (cmd/display plain and json): one line per resource event. Not recorded here (v2 cannot be
// installed on these machines); written to the writers' formats.
const V2_PLAIN = ` Network shop_default  Creating
 Network shop_default  Created
 Container shop-web-1  Creating
 Container shop-web-1  Created
 Container shop-web-1  Starting
 Container shop-web-1  Started
Error response from daemon: driver failed programming external connectivity`;
const V2_JSON = `{"id":"Network shop_default","status":"Working","text":"Creating"}
{"id":"Network shop_default","status":"Done","text":"Created"}
{"id":"Container shop-web-1","status":"Working","text":"Starting"}
{"id":"Container shop-web-1","status":"Done","text":"Started"}
{"id":"Container shop-worker-1","status":"Error","text":"Error","details":"port is already allocated"}`;

const steps = (text: string, mode: 'v1' | 'plain' | 'json') => text.split(/\r?\n/).map((l) => parseComposeLine(l, mode)).filter(Boolean);

describe('compose output', () => {
  it('v1 text', () => {
    expect(steps(V1_UP, 'v1')).toEqual([
      { id: 'network shop_default', text: 'Creating', state: 'done' }, { id: 'volume shop_data', text: 'Creating', state: 'done' },
      { id: 'shop_worker_1', text: 'Creating', state: 'working' }, { id: 'shop_web_1', text: 'Creating', state: 'working' },
      { id: 'shop_worker_1', text: 'Creating done', state: 'done' }, { id: 'shop_web_1', text: 'Creating done', state: 'done' },
    ]);
    expect(steps(V1_DOWN, 'v1').filter((s) => s!.state === 'done').map((s) => `${s!.text} ${s!.id}`)).toEqual([
      'Stopping done shop_worker_1', 'Stopping done shop_web_1', 'Removing done shop_web_1', 'Removing done shop_worker_1',
      'Removing network shop_default', 'Removing volume shop_data',
    ]);
    expect(parseComposeLine('ERROR: for web  Cannot start service web: port is already allocated', 'v1')).toMatchObject({ state: 'error' });
    expect(parseComposeLine('shop_web_1 is up-to-date', 'v1')).toEqual({ id: 'shop_web_1', text: 'Up to date', state: 'done' });
  });

  it('v2 plain and json', () => {
    expect(steps(V2_PLAIN, 'plain').map((s) => `${s!.id}|${s!.state}`)).toEqual([
      'Network shop_default|working', 'Network shop_default|done', 'Container shop-web-1|working', 'Container shop-web-1|done',
      'Container shop-web-1|working', 'Container shop-web-1|done', '|error',
    ]);
    expect(steps(V2_JSON, 'json').at(-1)).toEqual({ id: 'Container shop-worker-1', text: 'Error: port is already allocated', state: 'error' });
    expect(steps(V2_JSON, 'json')[3]).toEqual({ id: 'Container shop-web-1', text: 'Started', state: 'done' });
  });

  it('reads both config formats into the same summary', () => {
    const v1 = { services: { web: { image: 'httpd', ports: ['8080:80'], depends_on: ['worker'], volumes: ['data:/data:rw'], networks: { back: null } } }, volumes: { data: {} }, networks: { back: {} } };
    const v2 = { services: { web: { image: 'httpd', ports: [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }], depends_on: { worker: { condition: 'service_started' } }, volumes: [{ type: 'volume', source: 'data', target: '/data' }], networks: { back: null } } }, volumes: { data: {} }, networks: { back: {} } };
    const one = summarizeConfig(v1).services[0];
    const two = summarizeConfig(v2).services[0];
    expect(two).toMatchObject({ name: 'web', image: 'httpd', ports: ['8080:80'], dependsOn: ['worker'], volumes: ['data:/data'], networks: ['back'] });
    expect(one).toEqual(two);
  });
});
