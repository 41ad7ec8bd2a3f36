import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export type PathKey = string | number;

/** A line and column, both counted from 1, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that can say where any value inside it is written. */
export interface YamlFile {
  doc: Document;
  /** Where the value at `path` starts; with `key`, where its key is written. Missing keys fall back
   * to the closest enclosing value that exists, so a missing field points at the entry lacking it. */
  at(path: readonly PathKey[], key?: boolean): Position;
}

export function parseYamlFile(raw: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lines });
  const position = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return {
    doc,
    at(path, key = false) {
      let node = doc.contents as Node | null;
      let keyNode: Node | null = null;
      for (const step of path) {
        keyNode = null;
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
          if (!pair) break;
          keyNode = pair.key as Node;
          node = pair.value as Node | null;
          // `name:` with nothing after it: the key is the only place to point at.
          if (!node) node = keyNode;
        } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
          node = node.items[step] as Node;
        } else {
          break;
        }
      }
      return position(key && keyNode ? keyNode : node);
    },
  };
}
