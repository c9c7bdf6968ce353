import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../domain/ids';
import { buildOrganization } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import {
  NetworkKeyMissingError,
  NetworkKeys,
  networkKeyFile,
  networksWithMembers,
  prepareNetworkKeys,
} from './network-key';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-network-key-'));
const NETWORK_A = newId();
const NETWORK_B = newId();
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function insertMember(orgId: string): Promise<void> {
  await t.db.execute(sql`
    insert into members (org_id, id, uic_hash, uic_recipe_id, display_code, created_at, updated_at)
    values (${orgId}, ${newId()}, ${randomBytes(32)}, 'default', 'K7M4QX', now(), now())`);
}

describe('NetworkKeys.hash', () => {
  const keys = new NetworkKeys({ keyDir: path.join(root, 'hash'), fromEnvironment: null });

  it('is a 32-byte HMAC, the same for the same network and code', () => {
    const first = keys.hash(NETWORK_A, 'ANRA07031994');
    expect(first).toHaveLength(32);
    expect(keys.hash(NETWORK_A, 'ANRA07031994').equals(first)).toBe(true);
    expect(keys.hash(NETWORK_A, 'ANRA07031995').equals(first)).toBe(false);
  });

  it('differs between networks, even under one environment key', () => {
    expect(keys.hash(NETWORK_B, 'ANRA07031994').equals(keys.hash(NETWORK_A, 'ANRA07031994'))).toBe(false);
    const shared = new NetworkKeys({ keyDir: root, fromEnvironment: randomBytes(32).toString('hex') });
    expect(shared.hash(NETWORK_B, 'X').equals(shared.hash(NETWORK_A, 'X'))).toBe(false);
  });

  it('differs between installations (keys), and is not a plain hash of the code', () => {
    const other = new NetworkKeys({ keyDir: path.join(root, 'other'), fromEnvironment: null });
    expect(other.hash(NETWORK_A, 'ANRA07031994').equals(keys.hash(NETWORK_A, 'ANRA07031994'))).toBe(false);
  });

  it('keeps one private key file per network, read back after a restart', () => {
    const file = networkKeyFile(path.join(root, 'hash'), NETWORK_A);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('ANRA');
    const restarted = new NetworkKeys({ keyDir: path.join(root, 'hash'), fromEnvironment: null });
    expect(restarted.hash(NETWORK_A, 'ANRA07031994').equals(keys.hash(NETWORK_A, 'ANRA07031994'))).toBe(true);
  });

  it('takes COLECTIVA_NETWORK_KEY as base64 or hex, and refuses a key of the wrong size', () => {
    const key = randomBytes(32);
    const fromHex = new NetworkKeys({ keyDir: root, fromEnvironment: key.toString('hex') });
    const fromBase64 = new NetworkKeys({ keyDir: root, fromEnvironment: key.toString('base64') });
    expect(fromHex.hash(NETWORK_A, 'C').equals(fromBase64.hash(NETWORK_A, 'C'))).toBe(true);
    expect(fromHex.source).toBe('environment');
    expect(() => new NetworkKeys({ keyDir: root, fromEnvironment: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });
});

describe('creating a key file', () => {
  it('never replaces a key another process wrote meanwhile (it may have hashed members with it)', () => {
    const keyDir = path.join(root, 'race');
    const network = newId();
    const first = new NetworkKeys({ keyDir, fromEnvironment: null });
    const hashed = first.hash(network, 'ANRA07031994');
    const file = networkKeyFile(keyDir, network);
    const written = fs.readFileSync(file, 'utf8');
    // A second process checked for the file just before the first one created it.
    const exists = vi.spyOn(fs, 'existsSync').mockReturnValueOnce(false);
    try {
      const second = new NetworkKeys({ keyDir, fromEnvironment: null });
      expect(second.hash(network, 'ANRA07031994').equals(hashed)).toBe(true);
    } finally {
      exists.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(written);
    expect(fs.readdirSync(keyDir)).toEqual([path.basename(file)]);
  });
});

describe('prepareNetworkKeys', () => {
  it('creates the key of a network without members, and refuses a fresh key for one with members', async () => {
    const empty = await buildOrganization(t);
    const populated = await buildOrganization(t);
    await insertMember(populated.id);
    expect(await networksWithMembers(t.db)).toEqual(new Set([populated.networkId]));

    const keyDir = path.join(root, 'start');
    const error = await prepareNetworkKeys(t.db, new NetworkKeys({ keyDir, fromEnvironment: null })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkKeyMissingError);
    expect(fs.existsSync(networkKeyFile(keyDir, populated.networkId))).toBe(false);
    // The network without members got its key; a restored key file lets the other one start.
    expect(fs.existsSync(networkKeyFile(keyDir, empty.networkId))).toBe(true);
    const restored = new NetworkKeys({ keyDir: path.join(root, 'hash'), fromEnvironment: null });
    restored.load(populated.networkId, { createIfMissing: true });
    fs.copyFileSync(
      networkKeyFile(path.join(root, 'hash'), populated.networkId),
      networkKeyFile(keyDir, populated.networkId),
    );
    await expect(
      prepareNetworkKeys(t.db, new NetworkKeys({ keyDir, fromEnvironment: null })),
    ).resolves.toBeUndefined();
  });

  it('tolerates a database without the members table', async () => {
    await t.db.execute(sql`drop table members cascade`);
    expect(await networksWithMembers(t.db)).toEqual(new Set());
  });
});
