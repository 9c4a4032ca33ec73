/**
 * A small element tree for one `Ntry` (or one statement without its entries): the streaming parser
 * builds one at a time and drops it once mapped, so memory stays flat however long the file is.
 * Names are local names in the document's camt namespace.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  text: string;
  readonly children: XmlNode[];
}

export function newNode(name: string, attributes: Record<string, string>): XmlNode {
  return { name, attributes, text: '', children: [] };
}

/** The first descendant along `path` (`child(ntry, 'BookgDt', 'Dt')`). */
export function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (let p = 0; p < path.length && current; p++) current = firstNamed(current.children, path[p]!);
  return current;
}

function firstNamed(nodes: readonly XmlNode[], name: string): XmlNode | undefined {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.name === name) return nodes[i];
  return undefined;
}

/** Every descendant at `path`, following every branch (`children(ntry, 'NtryDtls', 'TxDtls')`). */
export function children(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let level: XmlNode[] = node ? [node] : [];
  for (const name of path) {
    const next: XmlNode[] = [];
    for (const parent of level) for (const c of parent.children) if (c.name === name) next.push(c);
    level = next;
  }
  return level;
}

/** The trimmed text at `path`, or undefined when absent or empty. */
export function textAt(node: XmlNode | undefined, ...path: string[]): string | undefined {
  const found = child(node, ...path);
  if (!found || found.text === '') return undefined;
  const text = found.text.trim();
  return text ? text : undefined;
}
