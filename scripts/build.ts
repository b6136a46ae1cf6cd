// Builds the Apps Script project into build/: Code.js (one IIFE + a real top-level stub per entry of src/main.ts),
// one self-contained HTML file per sidebar, and appsscript.json. The output is deterministic.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'build');
const GLOBAL = 'Registrar';

/** Bundles the server code as an IIFE assigned to one global, for Apps Script's V8 (ES2019 is safe). */
function bundleServer(): string {
  const result = buildSync({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Loads the bundle in an empty context (no Google services) to list the entry names. */
function entryNames(code: string): string[] {
  const context = vm.createContext({ console });
  vm.runInContext(`${code}\nthis.__names = Object.keys(${GLOBAL}.entries);`, context);
  const names = (context as { __names: string[] }).__names;
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Entry "${name}" is not a valid function name`);
  }
  return names.slice().sort();
}

function stubs(names: string[]): string {
  return names
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.entries.${name}.apply(this, arguments);\n}`)
    .join('\n');
}

/**
 * Each folder of src/ui with a main.ts becomes one build/<folder>.html with the script inlined, in the folder's own
 * index.html when it has one, else in the shared shell src/ui/sidebar.html; the folder's style.css, if any, follows
 * the shared sidebar.css.
 */
function buildSidebars(): string[] {
  const uiRoot = path.join(root, 'src/ui');
  if (!existsSync(uiRoot)) return [];
  const built: string[] = [];
  const sharedCss = path.join(uiRoot, 'sidebar.css');
  const styles = existsSync(sharedCss) ? readFileSync(sharedCss, 'utf8') : '';
  const sharedShell = path.join(uiRoot, 'sidebar.html');
  for (const name of readdirSync(uiRoot).sort()) {
    const dir = path.join(uiRoot, name);
    if (!statSync(dir).isDirectory()) continue;
    const own = path.join(dir, 'index.html');
    const html = existsSync(own) ? own : sharedShell;
    const entry = path.join(dir, 'main.ts');
    if (!existsSync(html) || !existsSync(entry)) continue;
    const ownCss = path.join(dir, 'style.css');
    const pageStyles = existsSync(ownCss) ? `${styles}${readFileSync(ownCss, 'utf8')}` : styles;
    const script = buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      charset: 'utf8',
      legalComments: 'none',
      write: false,
      logLevel: 'warning',
    }).outputFiles[0].text;
    const page = readFileSync(html, 'utf8')
      .replace('<!-- STYLES -->', () => `<style>\n${pageStyles}</style>`)
      .replace('<!-- SCRIPT -->', () => `<script>\n${script.replace(/<\/script/gi, '<\\/script')}</script>`);
    writeAtomically(path.join(out, `${name}.html`), page);
    built.push(`${name}.html`);
  }
  return built;
}

/** Replaces a file in one step, so a reader (a test, the CLI) never sees half of it. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export function build(): { entries: string[]; files: string[] } {
  mkdirSync(out, { recursive: true });
  const code = bundleServer();
  const names = entryNames(code);
  writeAtomically(path.join(out, 'Code.js'), `${code}\n${stubs(names)}\n`);
  writeAtomically(path.join(out, 'appsscript.json'), readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  const html = buildSidebars();
  const files = ['Code.js', 'appsscript.json', ...html];
  // Anything else in build/ is left over from an earlier build: clasp would push it.
  for (const name of readdirSync(out)) if (!files.includes(name)) rmSync(path.join(out, name), { recursive: true, force: true });
  return { entries: names, files };
}

const { entries, files } = build();
console.log(`build/: ${files.join(', ')} — ${entries.length} global functions`);
