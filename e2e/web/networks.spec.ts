import { expect, test } from '@playwright/test';
import { docker, removeContainers } from '../support/engine';

const TAKEN = 'e2e-net-taken';
const MADE = 'e2e-net-made';
const MEMBER = 'e2e-net-member';
const TAKEN6 = 'e2e-net-taken6';
const MADE6 = 'e2e-net-made6';
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

async function clean(): Promise<void> {
  await removeContainers(MEMBER);
  for (const name of [TAKEN, MADE, TAKEN6, MADE6]) await docker.getNetwork(name).remove().catch(() => undefined);
}
test.beforeAll(async () => {
  await clean();
  await docker.createNetwork({ Name: TAKEN, IPAM: { Driver: 'default', Config: [{ Subnet: '172.31.76.0/24' }] } });
  await docker.createNetwork({ Name: TAKEN6, EnableIPv6: true, IPAM: { Driver: 'default', Config: [{ Subnet: 'fd00:76::/48' }] } });
  await (await docker.createContainer({ Image: 'berth/busybox', name: MEMBER, Cmd: LOOP })).start();
});
test.afterAll(clean);

test('create names an overlapping subnet and a gateway outside it at their fields; connect with a fixed IP, disconnect, remove', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/networks`);
  await page.getByRole('button', { name: 'Create network…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a network' });
  await dialog.getByLabel('Name', { exact: true }).fill(MADE);
  await dialog.getByLabel('Subnet').fill('172.31.76.128/25');
  await dialog.getByLabel('Gateway').fill('10.0.0.1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('Subnet')).toHaveAccessibleDescription(new RegExp(`Overlaps the subnet 172\\.31\\.76\\.0/24 of network “${TAKEN}”\\.$`));
  await expect(dialog.getByLabel('Gateway')).toHaveAccessibleDescription(/Must lie within the subnet 172\.31\.76\.128\/25\.$/);
  await dialog.getByLabel('Subnet').fill('172.31.77.0/24');
  await dialog.getByLabel('Gateway').fill('172.31.77.1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const ipam = (await docker.getNetwork(MADE).inspect()).IPAM?.Config?.[0];
  expect(ipam).toMatchObject({ Subnet: '172.31.77.0/24', Gateway: '172.31.77.1' });

  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: MADE, exact: true }) });
  await expect(row).toContainText('172.31.77.0/24');
  await row.getByRole('button', { name: `Connect a container to ${MADE}` }).click();
  const connect = page.getByRole('dialog', { name: `Connect a container to ${MADE}` });
  await connect.getByLabel('Container').fill(MEMBER);
  await connect.getByLabel('IPv4 address').fill('172.31.77.10');
  await connect.getByRole('button', { name: 'Connect…' }).click();
  await expect(connect).toBeHidden();
  await expect(row.getByRole('link', { name: MEMBER })).toBeVisible();
  await expect(row).toContainText('172.31.77.10');
  const endpoint = (await docker.getContainer(MEMBER).inspect()).NetworkSettings.Networks[MADE];
  expect(endpoint?.IPAddress).toBe('172.31.77.10');

  // In use: removing is refused with the member's name; disconnect, then remove.
  await row.getByRole('button', { name: `Remove ${MADE}` }).click();
  const remove = page.getByRole('dialog', { name: `Remove network ${MADE}?` });
  await remove.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(remove.getByRole('alert')).toContainText(`Network ${MADE} has containers on it: ${MEMBER}.`);
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await row.getByRole('button', { name: `Disconnect ${MEMBER} from ${MADE}` }).click();
  await expect(row.getByRole('link', { name: MEMBER })).toBeHidden();
  expect((await docker.getContainer(MEMBER).inspect()).NetworkSettings.Networks[MADE]).toBeUndefined();
  await row.getByRole('button', { name: `Remove ${MADE}` }).click();
  await remove.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(row).toBeHidden();
  await expect(docker.getNetwork(MADE).inspect()).rejects.toThrow(/not found/);
});

test('with IPv6 on: the engine with no IPv6 range of its own asks for a subnet at the field; an IPv6 subnet is checked like an IPv4 one', async ({ page }) => {
  await page.goto(`${process.env.BERTH_E2E_URL!}#/e/local/networks`);
  await page.getByRole('button', { name: 'Create network…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a network' });
  await dialog.getByLabel('Name', { exact: true }).fill(MADE6);
  await dialog.getByRole('checkbox', { name: 'IPv6' }).check();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  // The sandbox engine has no IPv6 pools: its refusal lands at the IPv6 subnet, in words.
  await expect(dialog.getByLabel('IPv6 subnet')).toHaveAccessibleDescription(/The engine has no IPv6 range of its own to pick from: give an IPv6 subnet, such as fd00:30::\/64\.$/);
  await dialog.getByLabel('IPv6 subnet').fill('fd00:76:0:1::/64');
  await dialog.getByLabel('IPv6 gateway').fill('fd00:77::1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.getByLabel('IPv6 subnet')).toHaveAccessibleDescription(new RegExp(`Overlaps the subnet fd00:76::/48 of network “${TAKEN6}”\\.$`));
  await expect(dialog.getByLabel('IPv6 gateway')).toHaveAccessibleDescription(/Must lie within the subnet fd00:76:0:1::\/64\.$/);
  await dialog.getByLabel('IPv6 subnet').fill('fd00:77::/64');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const made = await docker.getNetwork(MADE6).inspect();
  expect(made.EnableIPv6).toBe(true);
  expect(made.IPAM?.Config).toContainEqual(expect.objectContaining({ Subnet: 'fd00:77::/64', Gateway: 'fd00:77::1' }));
  await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: MADE6, exact: true }) })).toContainText('fd00:77::/64');
});

