// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outermost } from '@/lib/page/page-watch';

describe('outermost added nodes', () => {
  it('keeps only the nodes no other added node contains, as the pairwise check would', () => {
    document.body.replaceChildren();
    const nodes: Node[] = [];
    // A random forest: each node goes under the body or under an earlier node.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 400; i++) {
      const node = document.createElement('div');
      (i === 0 || random() < 0.2 ? document.body : (nodes[Math.floor(random() * nodes.length)] as Element)).append(node);
      nodes.push(node);
    }
    const added = new Set(nodes.filter(() => random() < 0.5));
    const pairwise = [...added].filter((n) => ![...added].some((other) => other !== n && other.contains(n)));
    expect(outermost(added)).toEqual(pairwise);
  });

  it('10,000 siblings appended one by one are each their own root', () => {
    const list = document.createElement('div');
    document.body.replaceChildren(list);
    const added = new Set<Node>();
    for (let i = 0; i < 10_000; i++) added.add(list.appendChild(document.createElement('p')));
    expect(outermost(added)).toHaveLength(10_000);
  });
});
