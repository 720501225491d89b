/**
 * Finds text for people written in a component or page instead of the catalogs
 * (docs/i18n.md): JSX text with letters; a literal with letters as the value of a JSX attribute
 * that people read (anything but the technical ones below: aria-label, placeholder, title, alt,
 * a component's label or hint...); a literal rendered from a JSX expression
 * (`{open ? 'Close' : 'Open'}`); a literal under a property people read (`label: 'Wallet'`,
 * `title: 'Sign in'`); and anywhere, a literal that reads like a sentence ("Wrong email or
 * password.") or holds Hangul.
 */
import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
  why: string;
}

/** Attributes whose values are for the program, not for people. */
const TECHNICAL_ATTRIBUTES = new Set([
  'className',
  'id',
  'href',
  'type',
  'name',
  'autoComplete',
  'autoCapitalize',
  'role',
  'method',
  'action',
  'htmlFor',
  'key',
  'target',
  'rel',
  'src',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'strokeWidth',
  'strokeLinecap',
  'strokeLinejoin',
  'xmlns',
  'inputMode',
  'enterKeyHint',
  'pattern',
  'lang',
  'dir',
  'scope',
  'accept',
  'loading',
  'decoding',
  'encType',
  'preserveAspectRatio',
  'gradientUnits',
  'gradientTransform',
  'stopColor',
  'textAnchor',
  'dominantBaseline',
  'vectorEffect',
  'shapeRendering',
  'transform',
  'filter',
  'focusable',
  'points',
  'tone',
  'slot',
  'seed',
  'variant',
  'size',
  'as',
  'mode',
  'path',
  'step',
  'rowsAs',
  'queryKey',
  'testId',
  'aria-live',
  'aria-current',
  'aria-hidden',
  'aria-haspopup',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-orientation',
  'aria-sort',
  'aria-invalid',
  'aria-busy',
  'aria-atomic',
  'aria-relevant',
  'aria-expanded',
  'aria-pressed',
  'aria-modal',
  'aria-autocomplete',
  'aria-checked',
  'aria-selected',
  'aria-disabled',
]);

/** Object properties whose values people read. */
const PEOPLE_PROPERTIES = new Set([
  'label',
  'title',
  'text',
  'heading',
  'description',
  'prompt',
  'hint',
  'message',
  'summary',
  'caption',
  'pendingLabel',
  'placeholder',
  'alt',
]);

const LETTER = /\p{L}/u;
const HANGUL = /\p{Script=Hangul}/u;
// A capitalised word and at least one more word: "Sign in", "Wrong email or password."
// (and a word of lowercase letters after it, so an SVG path "M 0 0 h1v1z" is no sentence).
const SENTENCE = /^(?=.*\s[a-z]{2,}\b)\s*[A-Z][a-z’']*[,:]?\s+[A-Za-z0-9’'"“(₩][^\n]*[a-z]/;

const isTechnicalAttribute = (name: string) => TECHNICAL_ATTRIBUTES.has(name) || name.startsWith('data-');

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/** Whether a literal is the value an expression evaluates to (not an argument, key or operand of a comparison). */
function isRenderedValue(node: ts.Node, stop: ts.Node): boolean {
  let child = node;
  let parent = node.parent;
  while (parent && parent !== stop) {
    if (ts.isParenthesizedExpression(parent)) {
      // passes through
    } else if (ts.isConditionalExpression(parent)) {
      if (parent.condition === child) return false;
    } else if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      const passes = [
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.PlusToken,
      ];
      if (!passes.includes(op)) return false;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken && parent.left === child) return false;
    } else if (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) {
      // a literal inside a template is part of the text
    } else {
      return false;
    }
    child = parent;
    parent = parent.parent;
  }
  return parent === stop;
}

function isDeveloperText(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    // new Error('...'), new ApiError(...): messages for developers and logs.
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
    if (ts.isCallExpression(parent) && /^console\./.test(parent.expression.getText())) return true;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

export function findLiteralText(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) =>
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80), why });

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      // A media type or a path (application/json, /api/v1/openapi.json) reads the same in every language.
      if (LETTER.test(node.text) && !/^\s*[\w.+-]*\/[\w./+-]+\s*$/.test(node.text)) report(node, node.text, 'JSX text');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const init = node.initializer;
      if (init && !isTechnicalAttribute(name)) {
        const text = ts.isStringLiteral(init) ? init.text : null;
        if (text !== null && LETTER.test(text)) report(init, text, `attribute ${name}`);
      }
    } else {
      const text = literalText(node);
      // A quoted attribute value was judged with its attribute above.
      if (text !== null && LETTER.test(text) && !ts.isJsxAttribute(node.parent) && !isDeveloperText(node)) {
        const expression = findAncestor(node, ts.isJsxExpression);
        const attribute = expression && ts.isJsxAttribute(expression.parent) ? expression.parent.name.getText() : null;
        const property =
          ts.isPropertyAssignment(node.parent) && node.parent.initializer === node ? node.parent.name.getText() : null;
        if (expression && isRenderedValue(node, expression) && !(attribute && isTechnicalAttribute(attribute)))
          report(node, text, attribute ? `attribute ${attribute}` : 'rendered literal');
        else if (property && PEOPLE_PROPERTIES.has(property)) report(node, text, `property ${property}`);
        else if (HANGUL.test(text)) report(node, text, 'Hangul');
        else if (SENTENCE.test(text) && !(attribute && isTechnicalAttribute(attribute))) report(node, text, 'sentence');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function findAncestor<T extends ts.Node>(node: ts.Node, test: (n: ts.Node) => n is T): T | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (test(parent)) return parent;
    if (ts.isSourceFile(parent)) return undefined;
  }
  return undefined;
}
