import { describe, expect, it } from 'vitest';
import { collectLicenses } from '../../scripts/licenses-collect.ts';
import type { LicenseIo } from '../../scripts/licenses-collect.ts';

const MIT = 'MIT License\n\nCopyright (c) <year> <copyright holders>\n\nPermission is hereby granted …';

/** node_modules in memory: path → file text (package.json as JSON text). */
function io(files: Record<string, string>, withTexts = true): LicenseIo {
  return {
    readJson: (p) => JSON.parse(files[p]!),
    exists: (p) => p in files,
    readText: (p) => files[p]!,
    list: (dir) => Object.keys(files).filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/')).map((p) => p.slice(dir.length + 1)),
    join: (...parts) => parts.join('/'),
    dirname: (p) => p.slice(0, p.lastIndexOf('/')) || '/',
    ...(withTexts ? { standardText: (spdx: string) => (spdx === 'MIT' ? MIT : null) } : {}),
  };
}

const pkg = (m: object) => JSON.stringify(m);

describe('licence list', () => {
  const files = {
    '/app/package.json': pkg({ name: 'app', dependencies: { withfile: '1', author: '1', repo: '1', odd: '1' } }),
    '/app/node_modules/withfile/package.json': pkg({ name: 'withfile', version: '1.0.0', license: 'MIT' }),
    '/app/node_modules/withfile/LICENSE': 'MIT License\n\nCopyright (c) 2020 Kari Nordmann',
    '/app/node_modules/author/package.json': pkg({ name: 'author', version: '2.0.0', license: 'MIT', author: 'Andrew Dillon <andrew@example.com>' }),
    '/app/node_modules/repo/package.json': pkg({ name: 'repo', version: '3.0.0', license: 'MIT', repository: { type: 'git', url: 'git+https://github.com/u-elements/u-elements.git' } }),
    '/app/node_modules/odd/package.json': pkg({ name: 'odd', version: '4.0.0', license: 'WTFPL-ish' }),
  };

  it('takes a package\'s own licence file, and fills the SPDX text with the holder the manifest names when it has none', () => {
    const byName = new Map(collectLicenses('/app', io(files)).packages.map((p) => [p.name, p]));
    expect(byName.get('withfile')).toEqual({ name: 'withfile', version: '1.0.0', license: 'MIT', text: 'MIT License\n\nCopyright (c) 2020 Kari Nordmann' });
    expect(byName.get('author')!.text).toMatch(/^MIT License\n\nCopyright \(c\) Andrew Dillon\n/);
    expect(byName.get('author')!.note).toBe('Pakken har ingen egen lisensfil. Teksten er standardteksten for MIT (SPDX), med opphavshaveren package.json oppgir (Andrew Dillon).');
    expect(byName.get('repo')!.text).toContain('Copyright (c) opphavshaverne til github.com/u-elements/u-elements');
    expect(byName.get('repo')!.note).toMatch(/fordi package.json ikke oppgir noen forfatter/);
    // an unknown licence keeps no text rather than a wrong one
    expect(byName.get('odd')).toEqual({ name: 'odd', version: '4.0.0', license: 'WTFPL-ish', text: '' });
  });

  it('leaves the text empty without the standard texts', () => {
    const byName = new Map(collectLicenses('/app', io(files, false)).packages.map((p) => [p.name, p]));
    expect(byName.get('author')).toEqual({ name: 'author', version: '2.0.0', license: 'MIT', text: '' });
  });
});
