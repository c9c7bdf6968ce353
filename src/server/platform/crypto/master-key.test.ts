import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMasterKeys, MasterKeyMissingError } from './master-key';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-master-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('loadMasterKeys', () => {
  it('creates a private key file on first use and reads the same key afterwards', () => {
    const options = {
      keyDir: path.join(root, 'a-keys'),
      dataDir: path.join(root, 'a'),
      fromEnvironment: null,
    };
    const first = loadMasterKeys(options);
    expect(fs.statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(loadMasterKeys({ ...options, createIfMissing: false }).current.id).toBe(first.current.id);
  });

  it('never replaces a missing key when the database already holds keys wrapped by one', () => {
    const keyDir = path.join(root, 'b-keys');
    expect(() =>
      loadMasterKeys({
        keyDir,
        dataDir: path.join(root, 'b'),
        fromEnvironment: null,
        createIfMissing: false,
      }),
    ).toThrow(MasterKeyMissingError);
    expect(fs.existsSync(keyDir) && fs.readdirSync(keyDir).length).toBeFalsy();
  });

  it('refuses a key directory inside the data directory', () => {
    const dataDir = path.join(root, 'c');
    expect(() =>
      loadMasterKeys({ keyDir: path.join(dataDir, 'keys'), dataDir, fromEnvironment: null }),
    ).toThrow(/must not be inside/);
  });
});
