import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away self-signed certificate for the seller host names, made at run time and never stored. */
export function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'seller-shield-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', '/CN=seller-shield-demo',
      '-addext', 'subjectAltName=DNS:*.taobao.com,DNS:*.m.taobao.com,DNS:*.tmall.com,DNS:taobao.com',
    ], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
