import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, isTrustedUrl } from '../../electron/trustedUrl';
import { ELECTRON_BINDING_RELATIVE, pickNativeBinding } from '../../electron/nativeBinding';
import { APP_VERSION } from '../../electron/version';
import { repoRoot } from '../helpers/cli';

const index = 'file:///opt/Overstap/resources/app.asar/dist/renderer/index.html';

describe('trusted URLs and senders', () => {
  it('trusts only the app\'s own files', () => {
    expect(isTrustedUrl('file:///opt/Overstap/resources/app.asar/dist/renderer/assets/index-abc.js', index)).toBe(true);
    expect(isTrustedUrl('https://example.com/', index)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:8080/', index)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', index)).toBe(false);
    expect(isTrustedUrl('file:///opt/Overstap/resources/app.asar/dist/renderer/%2e%2e/%2e%2e/secret', index)).toBe(false);
    expect(isTrustedUrl('not a url', index)).toBe(false);
  });

  it('answers IPC only for the app window itself', () => {
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender(index + '#/tasks', index)).toBe(true);
    expect(isTrustedSender(index + '?x=1', index)).toBe(true);
    expect(isTrustedSender('file:///opt/Overstap/resources/app.asar/dist/renderer/index.html.evil', index)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil.html', index)).toBe(false);
    expect(isTrustedSender('https://example.com', index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });
});

describe('the better-sqlite3 binding for Electron', () => {
  it('is picked when the Electron-ABI build exists beside the Node build', () => {
    const root = '/work/app';
    const expected = path.join(root, ELECTRON_BINDING_RELATIVE);
    expect(pickNativeBinding(root, false, (f) => f === expected)).toBe(expected);
    expect(pickNativeBinding(root, false, () => false)).toBeUndefined();
    // A packaged app's own rebuild already targets Electron.
    expect(pickNativeBinding(root, true, () => true)).toBeUndefined();
    expect(ELECTRON_BINDING_RELATIVE).not.toContain('node_modules');
  });
});

it('keeps the app version in step with package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(APP_VERSION).toBe(pkg.version);
});
