/** Added nodes minus those inside another added node: each subtree is read once. Linear: each node walks up its own ancestors. */
export function outermost(nodes: ReadonlySet<Node>): Node[] {
  const inside = (n: Node) => {
    for (let up = n.parentNode; up; up = up.parentNode) if (nodes.has(up)) return true;
    return false;
  };
  return [...nodes].filter((n) => !inside(n));
}
