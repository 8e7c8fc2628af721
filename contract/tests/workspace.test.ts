import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyLoop, exportsOffer, importedSpecifiers, sourceFiles, workspacePackages, REPO_ROOT } from './helpers/workspace.ts';

const packages = workspacePackages();
const byName = new Map(packages.map((p) => [p.name, p]));

describe('workspace packages', () => {
  it('are found, each with its package.json', () => {
    expect(packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['@integra/contract', '@integra/cms', '@integra/site', '@integra/scripts']),
    );
  });

  it('depend on each other without a loop', () => {
    expect(dependencyLoop(packages)).toBeUndefined();
  });

  it('all depend on the contract by name', () => {
    for (const p of packages.filter((p) => p.name !== '@integra/contract')) {
      expect(p.workspaceDependencies, p.name).toContain('@integra/contract');
    }
  });

  for (const p of packages) {
    it(`${p.name} imports another package only by a name it declares, through that package's exports`, () => {
      const problems: string[] = [];
      for (const file of sourceFiles(p.dir)) {
        const where = path.relative(REPO_ROOT, file);
        for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
          if (specifier.startsWith('.')) {
            const target = path.resolve(path.dirname(file), specifier);
            if (path.relative(p.dir, target).startsWith('..')) problems.push(`${where}: ${specifier} reaches outside ${p.name}`);
            continue;
          }
          const [scope, name, ...rest] = specifier.split('/');
          if (scope !== '@integra') continue;
          const target = byName.get(`${scope}/${name}`);
          if (!target) problems.push(`${where}: ${specifier} names no workspace package`);
          else if (target !== p && !p.workspaceDependencies.includes(target.name))
            problems.push(`${where}: ${specifier} is not declared in ${p.name}'s package.json`);
          else if (!exportsOffer(target.exports, rest.length ? `./${rest.join('/')}` : '.'))
            problems.push(`${where}: ${target.name} exports no ${specifier}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the boundary check', () => {
  it('finds a loop through devDependencies too', () => {
    const pkg = (name: string, deps: string[]) => ({ name, dir: '', workspaceDependencies: deps, exports: [] });
    expect(dependencyLoop([pkg('a', ['b']), pkg('b', ['c']), pkg('c', ['a'])])).toEqual(['a', 'b', 'c', 'a']);
    expect(dependencyLoop([pkg('a', ['b']), pkg('b', []), pkg('c', ['a', 'b'])])).toBeUndefined();
  });

  it('reads imports, re-exports, requires and dynamic imports', () => {
    const source = `import a from './a';\nimport type {\n  B,\n} from "@integra/x/b";\nexport * from '../c';\nconst d = require('d');\nawait import('./e.ts');\nimport './f.css';`;
    expect(importedSpecifiers(source).sort()).toEqual(['../c', './a', './e.ts', './f.css', '@integra/x/b', 'd'].sort());
  });

  it('matches exports with wildcards', () => {
    expect(exportsOffer(['./*'], './locales')).toBe(true);
    expect(exportsOffer(['./browser'], './browser')).toBe(true);
    expect(exportsOffer(['./browser'], './test-cms')).toBe(false);
    expect(exportsOffer([], '.')).toBe(false);
  });
});
