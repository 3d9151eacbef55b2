import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { SingleFileBody } from './single-file';

/** One file's archive, as the engine sends it, fed in chunks of `chunk` bytes (headers split across them too). */
async function body(name: string, content: string, chunk: number, pax = false): Promise<string> {
  const p = pack();
  p.entry({ name, size: Buffer.byteLength(content), ...(pax ? { pax: { comment: 'x'.repeat(40) } } : {}) }, content);
  p.finalize();
  const bytes = await buffer(p as unknown as Readable);
  const pieces = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  return text(Readable.from(pieces).pipe(new SingleFileBody()));
}

describe('SingleFileBody', () => {
  it('passes exactly the file’s bytes, whatever the chunking', async () => {
    const content = 'hello 你好 '.repeat(300);
    for (const chunk of [1, 7, 512, 100_000]) expect(await body('notes.txt', content, chunk)).toBe(content);
  });

  it('skips a long name’s and a PAX header’s extra blocks', async () => {
    expect(await body(`${'deep/'.repeat(40)}file.txt`, 'inside', 33)).toBe('inside');
    expect(await body('p.txt', 'with pax', 100, true)).toBe('with pax');
  });

  it('an archive cut short is an error, not a short file', async () => {
    const p = pack();
    p.entry({ name: 'a', size: 10_000 }, 'x'.repeat(10_000));
    p.finalize();
    const bytes = (await buffer(p as unknown as Readable)).subarray(0, 3000);
    await expect(text(Readable.from([bytes]).pipe(new SingleFileBody()))).rejects.toThrow('ended before the file did');
  });
});
