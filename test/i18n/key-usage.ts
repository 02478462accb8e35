import ts from 'typescript';
import type { SourceFile } from '../architecture/source-files';

/** A place in the code, for messages that say `file:line`. */
export interface Location {
  file: string;
  line: number;
}

/** A translation key the code asks for by its literal name. */
export interface KeyUse extends Location {
  key: string;
}

/** A computed key, declared by `// i18n-dynamic: <prefix>`: every catalog key under the prefix counts as used. */
export interface DynamicPrefix extends Location {
  prefix: string;
}

/** Something in the code the catalogs cannot vouch for: an unchecked dynamic key or hard-coded UI text. */
export interface UsageProblem extends Location {
  message: string;
}

/** What the code says about translation keys. */
export interface KeyUsage {
  keys: KeyUse[];
  dynamicPrefixes: DynamicPrefix[];
  problems: UsageProblem[];
}

/** JSX attributes that a person reads or hears, so their text must come from the catalogs. */
export const TEXT_ATTRIBUTES = ['title', 'placeholder', 'aria-label', 'alt', 'label'] as const;

const DYNAMIC_COMMENT = /\/\/\s*i18n-dynamic:\s*(\S+)/;
const LETTER = /\p{L}/u;
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi;

/**
 * Collects keys from `t('…')` / `x.t('…')` calls and `i18nKey="…"` attributes in every file, and, in renderer .tsx
 * files, flags text written straight into JSX. A non-literal key is accepted only with an `// i18n-dynamic: <prefix>`
 * comment on the call's line (or the line above, where formatters tend to move it).
 */
export function collectKeyUsage(files: readonly SourceFile[]): KeyUsage {
  const usage: KeyUsage = { keys: [], dynamicPrefixes: [], problems: [] };
  for (const file of files) scanFile(file, usage);
  return usage;
}

function scanFile(file: SourceFile, usage: KeyUsage): void {
  const isTsx = file.path.endsWith('.tsx');
  const source = ts.createSourceFile(
    file.path,
    file.text,
    ts.ScriptTarget.Latest,
    true,
    isTsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lines = file.text.split('\n');
  const checkUiText = isTsx && file.path.startsWith('renderer/');
  const lineAt = (node: ts.Node): number =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const useKeys = (node: ts.Node, expr: ts.Expression | undefined, what: string): void => {
    const line = lineAt(node);
    const keys = expr ? staticStrings(expr) : null;
    if (keys) {
      for (const key of keys) usage.keys.push({ key, file: file.path, line });
      return;
    }
    const endLine = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
    const prefix = findDynamicComment(lines, line, endLine);
    if (prefix) {
      usage.dynamicPrefixes.push({ prefix, file: file.path, line });
    } else {
      usage.problems.push({
        file: file.path,
        line,
        message: `${what} has a non-literal key; use a string literal or add "// i18n-dynamic: <key prefix>"`,
      });
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isTranslateCallee(node.expression)) {
      useKeys(node, node.arguments[0], `${node.expression.getText(source)}() call`);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (name === 'i18nKey') {
        useKeys(node, attributeExpression(node), 'i18nKey attribute');
      } else if (checkUiText && (TEXT_ATTRIBUTES as readonly string[]).includes(name)) {
        const value = attributeExpression(node);
        const texts = value ? literalFragments(value) : [];
        const shown = texts.find((text) => LETTER.test(text));
        if (shown !== undefined) {
          usage.problems.push({
            file: file.path,
            line: lineAt(node),
            message: `hard-coded ${name}=${JSON.stringify(shown)}; take it from the catalogs with t()`,
          });
        }
      }
    } else if (checkUiText && ts.isJsxText(node)) {
      const text = node.text.replace(ENTITY, ' ').trim();
      if (LETTER.test(text)) {
        usage.problems.push({
          file: file.path,
          line: lineAt(node),
          message: `hard-coded JSX text ${JSON.stringify(text.slice(0, 60))}; take it from the catalogs with t()`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** `t(…)`, `i18n.t(…)`, `translator.t(…)`, `i18n?.t(…)`: any callee that is `t` or ends in `.t`. */
function isTranslateCallee(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 't';
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === 't';
  return false;
}

function attributeExpression(attr: ts.JsxAttribute): ts.Expression | undefined {
  const init = attr.initializer;
  if (!init) return undefined;
  if (ts.isStringLiteral(init)) return init;
  if (ts.isJsxExpression(init)) return init.expression;
  return undefined;
}

/** The keys an expression can only ever be: a literal, `c ? 'a' : 'b'`, or an i18next fallback array; else null. */
function staticStrings(expr: ts.Expression): string[] | null {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) {
    return staticStrings(expr.expression);
  }
  if (ts.isConditionalExpression(expr)) {
    const a = staticStrings(expr.whenTrue);
    const b = staticStrings(expr.whenFalse);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isArrayLiteralExpression(expr) && expr.elements.length > 0) {
    const all: string[] = [];
    for (const element of expr.elements) {
      const keys = staticStrings(element);
      if (!keys) return null;
      all.push(...keys);
    }
    return all;
  }
  return null;
}

/** Every piece of literal text an attribute value is built from (template heads, both branches of a `?:`, `+`). */
function literalFragments(expr: ts.Expression): string[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr))
    return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return literalFragments(expr.expression);
  if (ts.isConditionalExpression(expr))
    return [...literalFragments(expr.whenTrue), ...literalFragments(expr.whenFalse)];
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...literalFragments(expr.left), ...literalFragments(expr.right)];
  }
  if (
    ts.isBinaryExpression(expr) &&
    (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return literalFragments(expr.right);
  }
  return [];
}

/** The prefix named by an `// i18n-dynamic:` comment on lines first..last (1-based) or the line just above. */
function findDynamicComment(lines: readonly string[], first: number, last: number): string | null {
  for (let line = first - 1; line <= last; line += 1) {
    const match = DYNAMIC_COMMENT.exec(lines[line - 1] ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}
