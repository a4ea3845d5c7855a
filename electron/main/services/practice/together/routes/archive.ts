// A minimal POSIX tar (ustar) of a few small in-memory files: what `/finetune/download` answers with. The real
// service's compression (the CLI saves `.tar.zst`) is unverified and zstd is not in Node 20, so the practice
// archive is an uncompressed tar any `tar -xf` opens.
const BLOCK = 512;

function header(name: string, size: number, mtimeSeconds: number): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0') + '\0';
  block.write(name.slice(0, 100), 0, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtimeSeconds, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

export function tarArchive(
  files: readonly { name: string; bytes: Uint8Array }[],
  mtimeSeconds: number,
): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(header(file.name, file.bytes.byteLength, mtimeSeconds), Buffer.from(file.bytes));
    const pad = (BLOCK - (file.bytes.byteLength % BLOCK)) % BLOCK;
    parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}
