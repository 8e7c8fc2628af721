import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface WorkspacePackage {
  name: string;
  dir: string;
  /** @integra/* packages it declares, dependencies and devDependencies alike. */
  workspaceDependencies: string[];
  /** Its package.json `exports` keys ("./browser", "./*"). */
  exports: string[];
}

/** The packages pnpm-workspace.yaml lists, with their package.json. */
export function workspacePackages(root = REPO_ROOT): WorkspacePackage[] {
  const yaml = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
  const folders = [...(yaml.split(/^packages:\s*$/m)[1] ?? '').matchAll(/^\s+-\s+['"]?([^'"\s#]+)/gm)].map((m) => m[1]!);
  return folders.map((folder) => {
    const dir = path.join(root, folder);
    const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      exports?: Record<string, string>;
    };
    const declared = Object.keys({ ...json.dependencies, ...json.devDependencies });
    return {
      name: json.name,
      dir,
      workspaceDependencies: declared.filter((name) => name.startsWith('@integra/')),
      exports: Object.keys(json.exports ?? {}),
    };
  });
}

/** A dependency loop among the packages, as the names around it, or undefined when there is none. */
export function dependencyLoop(packages: WorkspacePackage[]): string[] | undefined {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const next of byName.get(name)?.workspaceDependencies ?? []) {
      const loop = visit(next, [...trail, name]);
      if (loop) return loop;
    }
    done.add(name);
    return undefined;
  };
  for (const { name } of packages) {
    const loop = visit(name, []);
    if (loop) return loop;
  }
  return undefined;
}

/** Folders that hold generated or installed files, not the package's own source. */
const SKIPPED = new Set(['node_modules', 'dist', 'dist-preview', 'build', '.astro', '.strapi', '.cache', '.tmp', 'generated']);
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro)$/;

/** Every source file of a package, by absolute path. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The module specifiers a source file imports, re-exports, requires or imports dynamically. */
export function importedSpecifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** Whether a package's `exports` offer a subpath ("." for the package itself), wildcards included. */
export function exportsOffer(exports: string[], subpath: string): boolean {
  return exports.some((key) => {
    if (!key.includes('*')) return key === subpath;
    const [before, after] = key.split('*') as [string, string];
    return subpath.startsWith(before) && subpath.endsWith(after) && subpath.length > before.length + after.length - 1;
  });
}
