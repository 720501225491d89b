/**
 * Finds the catalog keys the code uses: `const t = useTranslations('ns')` (or
 * `await getTranslations('ns')`, or `getTranslations({ namespace: 'ns' })`), then `t('key')`,
 * `t.rich('key')`, `t.has('key')`... with a literal key. A template key (`t(\`themes.${x}\`)`)
 * counts by its literal prefix, which must name a group of messages. The types (lib/i18n/
 * next-intl.d.ts) check the same at compile time; this check also runs on plain JS and says
 * which file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface KeyUse {
  file: string;
  /** The full path of the key ("layout.signIn"), or of the group a template key starts in ("preferences.themes."). */
  key: string;
  prefix: boolean;
}

const BIND =
  /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:'([\w.]*)'|\{[^}]*namespace:\s*'([\w.]*)'[^}]*\})?\s*\)/g;

export function keyUses(file: string, source: string): KeyUse[] {
  // Each call belongs to the nearest binding of its name before it (a file may bind `t` in two
  // functions, to two namespaces).
  const binds = [...source.matchAll(BIND)].map((bind) => ({
    name: bind[1],
    namespace: bind[2] ?? bind[3] ?? '',
    at: bind.index,
  }));
  const uses: KeyUse[] = [];
  for (const name of new Set(binds.map((bind) => bind.name))) {
    const call = new RegExp(`\\b${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(?:'([^']+)'|"([^"]+)"|\`([^\`$]*)(\\$\\{)?)`, 'g');
    for (const use of source.matchAll(call)) {
      const bind = binds.filter((b) => b.name === name && b.at < use.index).at(-1);
      const [, single, double, template, interpolated] = use;
      const key = single ?? double ?? template;
      if (!bind || key === undefined) continue;
      uses.push({ file, key: bind.namespace ? `${bind.namespace}.${key}` : key, prefix: interpolated !== undefined });
    }
  }
  return uses.sort((a, b) => (a.key < b.key ? -1 : 1));
}

export function sourceFiles(root: string, folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|jsx?)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return files;
}

export const readSource = (file: string) => readFileSync(file, 'utf8');

/** Every leaf's dotted path in a catalog. */
export function leafPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Whether `use` names a message of the catalog whose leaves are `leaves`. */
export function isKnown(use: KeyUse, leaves: Set<string>): boolean {
  if (!use.prefix) return leaves.has(use.key);
  return [...leaves].some((leaf) => leaf.startsWith(use.key) && leaf.length > use.key.length);
}
