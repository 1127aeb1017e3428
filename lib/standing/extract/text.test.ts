// @vitest-environment happy-dom
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { collapse, linesOf } from './text';
import { remembered } from './memo';

// The line reader as specified, written plainly: text nodes joined, <br> and block
// elements break lines, script/style/template/svg bodies skipped, each line collapsed.
const blocks = new Set(['DIV', 'P', 'LI', 'UL', 'TD', 'TH', 'TR', 'TABLE', 'H3', 'DT', 'DD', 'DL']);
function plainLines(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3) current += child.nodeValue;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG'].includes(tag)) continue;
        if (tag === 'BR') flush();
        else if (blocks.has(tag)) {
          flush();
          visit(child);
          flush();
        } else visit(child);
      }
    }
  };
  visit(node);
  flush();
  return lines;
}

const texts = ['违背承诺', ' ', '  2026-01-05 ', '\n', '扣6分', '订单号：123', '\u3000全角\u3000', 'a\u00a0b', ''];
const tags = ['div', 'span', 'p', 'br', 'b', 'a', 'li', 'script', 'style', 'em'];
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...texts),
    fc.constant('<!-- note -->'),
    fc
      .tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => (tag === 'br' ? '<br>' : `<${tag}>${children.join('')}</${tag}>`)),
  ),
})).node;

/** A table cell holding the given markup, parsed apart from the live document (no HTML sink). */
const cellWith = (html: string) => {
  const cell = document.createElement('td');
  cell.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return cell;
};

test('the line reader (with its one-text shortcut) gives the lines a plain walk gives', () => {
  fc.assert(
    fc.property(fc.array(markup, { maxLength: 4 }), (parts) => {
      const cell = cellWith(parts.join(''));
      expect(linesOf(cell)).toEqual(plainLines(cell));
    }),
    { numRuns: 400 },
  );
});

test.each([
  ['<div><span>违背承诺</span></div>', ['违背承诺']],
  ['<div>2026-03-05<br>10:00:00</div>', ['2026-03-05', '10:00:00']],
  ['<div><div>违背承诺</div><div>未按约定时间发货</div></div>', ['违背承诺', '未按约定时间发货']],
  ['<div><script>var a = 1;</script></div>', []],
  ['<div>  扣6分 \n</div>', ['扣6分']],
])('lines of %s', (html, lines) => {
  expect(linesOf(cellWith(html))).toEqual(lines);
});

test('collapse leaves tidy text as it is and tidies the rest', () => {
  expect(collapse('违背承诺')).toBe('违背承诺');
  expect(collapse(' 2026-01-05\u3000 10:00\n')).toBe('2026-01-05 10:00');
});

test('a remembered function answers as the function does, including null, and stays bounded', () => {
  let calls = 0;
  const lengthOrNull = remembered((text: string) => {
    calls += 1;
    return text ? text.length : null;
  }, 3);
  expect([lengthOrNull('ab'), lengthOrNull('ab'), lengthOrNull(''), lengthOrNull('')]).toEqual([2, 2, null, null]);
  expect(calls).toBe(2);
  for (const text of ['a', 'bb', 'ccc', 'dddd']) lengthOrNull(text);
  expect(lengthOrNull('dddd')).toBe(4);
  expect(calls).toBe(6);
});
