import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedFile, readOptionalText } from './bounded-read';

const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-bounded-'));
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: { data: unknown }) => err.data);

describe('bounded reads of files a caller names', () => {
  it('reads a regular file within its cap', async () => {
    writeFileSync(path.join(dir, 'ok.pem'), 'x'.repeat(100));
    expect((await readBoundedFile(path.join(dir, 'ok.pem'), { maxBytes: 100 })).length).toBe(100);
  });

  it('refuses a device, a FIFO and a folder at once, at the field named, without waiting for them', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]); // a read of it would block until a writer came
    for (const file of ['/dev/zero', fifo]) {
      expect(await refusal(readBoundedFile(file, { maxBytes: 1 << 20, field: 'ca' }))).toMatchObject({
        code: 'FILE_ERROR', fields: { ca: { key: 'validation.file.notRegular', params: { value: file } } },
      });
    }
    expect(await refusal(readBoundedFile(dir, { maxBytes: 10, field: 'key' }))).toMatchObject({ fields: { key: { key: 'validation.file.isFolder' } } });
  });

  it('refuses a file over the cap without reading it all, and a missing file by name', async () => {
    writeFileSync(path.join(dir, 'big'), Buffer.alloc(2 << 20));
    expect(await refusal(readBoundedFile(path.join(dir, 'big'), { maxBytes: 1 << 20, field: 'cert' }))).toMatchObject({
      fields: { cert: { key: 'validation.file.tooLarge', params: { max: 1 << 20 } } },
    });
    expect(await refusal(readBoundedFile(path.join(dir, 'nope'), { maxBytes: 10, field: 'cert' }))).toMatchObject({
      code: 'FILE_ERROR', fields: { cert: { key: 'validation.file.missing' } },
    });
    expect(await readOptionalText(path.join(dir, 'nope'), { maxBytes: 10 })).toBe('');
  });
});
