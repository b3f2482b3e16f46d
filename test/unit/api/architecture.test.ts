import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/method-names';
import { APP_ROOT } from '../../support/context';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layering', () => {
  it('no service imports electron (they run under plain Node)', () => {
    for (const dir of ['electron/services', 'electron/db', 'electron/server', 'shared']) {
      for (const f of sourceFiles(path.join(APP_ROOT, dir))) {
        expect(
          importsOf(f).filter((m) => m === 'electron' || m.startsWith('electron/')),
          f,
        ).toEqual([]);
      }
    }
  });

  it('the renderer and shared code import nothing from Node or Electron', () => {
    const nodeBuiltins = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'buffer', 'stream', 'util']);
    for (const dir of ['renderer/src', 'shared']) {
      for (const f of sourceFiles(path.join(APP_ROOT, dir))) {
        for (const m of importsOf(f)) {
          expect(m.startsWith('node:') || nodeBuiltins.has(m) || m === 'electron' || m.includes('/electron/'), `${f} imports ${m}`).toBe(
            false,
          );
        }
      }
    }
  });

  it('SQL only in repository and query modules (files named *repo.ts, *query.ts, *queries.ts)', () => {
    const offenders = sourceFiles(path.join(APP_ROOT, 'electron/services'))
      .map((f) => path.relative(APP_ROOT, f).split(path.sep).join('/'))
      .filter((f) => !/(repo|quer(y|ies))\.ts$/.test(f))
      .filter((f) => /\.(prepare|pragma)\(|\bdb\.exec\(/.test(fs.readFileSync(path.join(APP_ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no SQL text outside them either (statements kept in strings and handed to a repository)', () => {
    const SQL =
      /\b(SELECT\b[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TEMP\s+|UNIQUE\s+)?(TABLE|INDEX)|PRAGMA\s+\w+)\b/;
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(APP_ROOT, 'electron/services'))) {
      const rel = path.relative(APP_ROOT, file).split(path.sep).join('/');
      if (/(repo|quer(y|ies))\.ts$/.test(rel)) continue;
      const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (
          (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
          SQL.test(node.getText(src))
        ) {
          offenders.push(`${rel}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(src);
    }
    expect(offenders).toEqual([]);
  });
});

describe('handler tables', () => {
  /** Each method's entry in a `DomainHandlers<…>` table, with why it is not a plain mapping (null when it is). */
  function entries(file: string): { method: string; problem: string | null }[] {
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const out: { method: string; problem: string | null }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.type?.getText(src).includes('Handlers') && node.initializer) {
        const table = ts.isObjectLiteralExpression(node.initializer) ? node.initializer : null;
        for (const p of table?.properties ?? []) {
          if (ts.isSpreadAssignment(p)) continue;
          const method = p.name?.getText(src) ?? '?';
          const fn = ts.isPropertyAssignment(p) ? p.initializer : null;
          let problem: string | null = null;
          if (!fn || !ts.isArrowFunction(fn)) problem = 'not an arrow function';
          // One call: the method's function with the input taken apart; throwing a fixed error is a mapping too.
          else if (ts.isBlock(fn.body)) {
            const only = fn.body.statements.length === 1 ? fn.body.statements[0] : null;
            if (!only || !ts.isThrowStatement(only)) problem = 'a block of statements';
          } else if (!ts.isCallExpression(fn.body)) problem = `${ts.SyntaxKind[fn.body.kind]} instead of one call`;
          else if (
            fn.body.arguments.some(
              (a) =>
                ts.forEachChild(a, function deep(n): boolean | undefined {
                  return ts.isCallExpression(n) || ts.forEachChild(n, deep);
                }) || ts.isCallExpression(a),
            )
          )
            problem = 'calls composed in the arguments';
          out.push({ method, problem });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
    return out;
  }

  it('only map methods to functions (one call each; what they compose has a name in its domain)', () => {
    const tables = sourceFiles(path.join(APP_ROOT, 'electron/services')).filter((f) => /handlers\.ts$/.test(f));
    const all = tables.flatMap((f) => entries(f).map((e) => ({ ...e, file: path.relative(APP_ROOT, f) })));
    // Every method of the contract is in one of them.
    expect(all.map((e) => e.method.replace(/'/g, '')).sort()).toEqual([...METHOD_NAMES].sort());
    expect(all.filter((e) => e.problem)).toEqual([]);
  });
});
