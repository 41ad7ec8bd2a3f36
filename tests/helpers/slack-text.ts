/** All the human-readable text in Block Kit JSON, as a person would read it in Slack. */
export function slackText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if (key === 'text') out.push(node);
    } else if (Array.isArray(node)) {
      for (const n of node) walk(n);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node))
        if (!['value', 'action_id', 'block_id', 'url'].includes(k)) walk(v, k);
    }
  };
  walk(blocks);
  return out.join('\n');
}
