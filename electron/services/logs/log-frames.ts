/**
 * The engine multiplexes stdout and stderr of a container without a TTY into frames: 1 byte stream (1 out, 2 err),
 * 3 bytes zero, 4 bytes big-endian length, then the payload. Frames may be split across chunks.
 */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): { stream: 'stdout' | 'stderr'; payload: Buffer }[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const frames: { stream: 'stdout' | 'stderr'; payload: Buffer }[] = [];
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      frames.push({ stream: this.pending[0] === 2 ? 'stderr' : 'stdout', payload: this.pending.subarray(8, 8 + size) });
      this.pending = this.pending.subarray(8 + size);
    }
    return frames;
  }
}
