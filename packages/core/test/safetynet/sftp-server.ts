import type { AddressInfo } from 'node:net';
import ssh2, { type Connection, type SFTPWrapper } from 'ssh2';

const { Server, utils } = ssh2;
const { OPEN_MODE, STATUS_CODE } = utils.sftp;

/** A read-only SFTP server on loopback serving `files` to one user with one key, for tests. */
export interface TestSftpServer {
  port: number;
  /** The private key the server accepts (OpenSSH format). */
  clientKey: string;
  /** The files served, by absolute path; change them between fetches. */
  files: Map<string, Uint8Array>;
  stop(): Promise<void>;
}

function serveFiles(sftp: SFTPWrapper, files: ReadonlyMap<string, Uint8Array>): void {
  const open = new Map<number, Uint8Array>();
  let next = 0;
  const attrs = (bytes: Uint8Array) => ({ mode: 0o100644, uid: 0, gid: 0, size: bytes.length, atime: 0, mtime: 0 });
  sftp.on('OPEN', (reqid, path, flags) => {
    const bytes = files.get(path);
    if (!bytes || flags & OPEN_MODE.WRITE) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE);
    const handle = Buffer.alloc(4);
    handle.writeUInt32BE(next);
    open.set(next++, bytes);
    return sftp.handle(reqid, handle);
  });
  sftp.on('READ', (reqid, handle, offset, length) => {
    const bytes = open.get(handle.readUInt32BE(0));
    if (!bytes) return sftp.status(reqid, STATUS_CODE.FAILURE);
    if (offset >= bytes.length) return sftp.status(reqid, STATUS_CODE.EOF);
    return sftp.data(reqid, Buffer.from(bytes.subarray(offset, offset + length)));
  });
  sftp.on('FSTAT', (reqid, handle) => {
    const bytes = open.get(handle.readUInt32BE(0));
    return bytes ? sftp.attrs(reqid, attrs(bytes)) : sftp.status(reqid, STATUS_CODE.FAILURE);
  });
  sftp.on('CLOSE', (reqid, handle) => {
    open.delete(handle.readUInt32BE(0));
    sftp.status(reqid, STATUS_CODE.OK);
  });
  const stat = (reqid: number, path: string) => {
    const bytes = files.get(path);
    return bytes ? sftp.attrs(reqid, attrs(bytes)) : sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE);
  };
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('REALPATH', (reqid, path) => sftp.name(reqid, [{ filename: path === '.' ? '/' : path, longname: path, attrs: {} as never }]));
}

function accept(client: Connection, allowed: ReturnType<typeof utils.parseKey>, files: ReadonlyMap<string, Uint8Array>): void {
  if (allowed instanceof Error) throw allowed;
  const key = Array.isArray(allowed) ? allowed[0] : allowed;
  client.on('authentication', (ctx) => {
    const known = ctx.method === 'publickey' && ctx.key.algo === key.type && Buffer.compare(ctx.key.data, key.getPublicSSH()) === 0;
    if (!known) return ctx.reject(['publickey']);
    if (ctx.signature && ctx.blob && key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
    return ctx.accept();
  });
  client.on('ready', () => {
    client.on('session', (acceptSession) => {
      acceptSession().on('sftp', (acceptSftp) => serveFiles(acceptSftp(), files));
    });
  });
  client.on('error', () => {});
}

/** Starts the server on 127.0.0.1 only, on a free port; `stop` closes it and every connection. */
export async function startSftpServer(files: Record<string, Uint8Array>): Promise<TestSftpServer> {
  const host = utils.generateKeyPairSync('ecdsa', { bits: 256 });
  const client = utils.generateKeyPairSync('ecdsa', { bits: 256 });
  const served = new Map(Object.entries(files));
  const allowed = utils.parseKey(client.public);
  const connections = new Set<Connection>();
  const server = new Server({ hostKeys: [host.private] }, (c) => {
    connections.add(c);
    c.on('close', () => connections.delete(c));
    accept(c, allowed, served);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port, clientKey: client.private, files: served,
    stop: () => new Promise<void>((resolve) => {
      for (const c of connections) c.end();
      server.close(() => resolve());
    }),
  };
}
