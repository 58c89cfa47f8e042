import SftpClient from 'ssh2-sftp-client';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { refuseFile } from '../files/file-issues.ts';
import { megabytes, UPLOAD_LIMITS } from '../files/upload-limits.ts';
import type { SafetyNetPair } from './safetynet-pair.ts';

/** Where a tenant's pair lies and how to sign in: what the fetch needs, the private key included. */
export interface SftpLocation {
  host: string;
  port: number;
  username: string;
  privateKey: string;
  unitsPath: string;
  employeesPath: string;
}

/** How long a fetch waits for the server to answer before it says the host is unreachable. */
const READY_TIMEOUT_MS = 10_000;

const basename = (path: string) => path.split('/').filter(Boolean).pop() ?? path;

/** Says a failure of the connection in the catalogue's words: unreachable, refused key, unreadable key. */
function connectFailure(error: unknown, where: SftpLocation): SpejlError {
  const message = error instanceof Error ? error.message : String(error);
  if (/authentication methods failed|authentication/i.test(message)) return codedError('BAD_INPUT', 'safetynet.badKey', { user: where.username });
  if (/privateKey|private key|parse/i.test(message)) return codedError('BAD_INPUT', 'safetynet.keyUnreadable', {});
  const detail = message.replace(/^connect: /, '').slice(0, 200);
  return codedError('BAD_INPUT', 'safetynet.unreachable', { host: where.host, port: where.port, detail });
}

/** Reads one file, refusing a missing one and one larger than an upload may be before a byte of it is read. */
async function fetchFile(sftp: SftpClient, path: string): Promise<Uint8Array> {
  const stat = await sftp.stat(path).catch(() => {
    throw codedError('BAD_INPUT', 'safetynet.missingFile', { path });
  });
  if (!stat.isFile) throw codedError('BAD_INPUT', 'safetynet.missingFile', { path });
  if (stat.size > UPLOAD_LIMITS.fileBytes) refuseFile('tooLarge', { size: megabytes(stat.size), limit: megabytes(UPLOAD_LIMITS.fileBytes) });
  const data = await sftp.get(path);
  if (!Buffer.isBuffer(data)) throw codedError('BAD_INPUT', 'safetynet.missingFile', { path });
  return new Uint8Array(data);
}

/**
 * Fetches the unit file and the employee file over SFTP with the saved key. Every failure is a
 * coded SpejlError (unreachable host, refused or unreadable key, missing file, too large a file).
 */
export async function fetchSafetyNetPair(where: SftpLocation): Promise<SafetyNetPair> {
  const sftp = new SftpClient('spejl-safetynet');
  try {
    await sftp.connect({ host: where.host, port: where.port, username: where.username, privateKey: where.privateKey, readyTimeout: READY_TIMEOUT_MS, retries: 0 }).catch((error: unknown) => {
      throw connectFailure(error, where);
    });
    const units = await fetchFile(sftp, where.unitsPath);
    const employees = await fetchFile(sftp, where.employeesPath);
    return { units: { fileName: basename(where.unitsPath), bytes: units }, employees: { fileName: basename(where.employeesPath), bytes: employees } };
  } finally {
    await sftp.end().catch(() => false);
  }
}
