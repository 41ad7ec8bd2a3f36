import type { Wire } from '../slack/wire.js';
/**
 * Checks a message or view against Block Kit's documented limits
 * (https://docs.slack.dev/reference/block-kit). Returns the problems found; empty means valid.
 */
export function blockKitProblems(
  message: { text?: unknown; blocks?: unknown },
  { maxBlocks = 50, needsText = true }: { maxBlocks?: number; needsText?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const blocks = message.blocks;
  if (needsText && (typeof message.text !== 'string' || message.text.trim() === '')) {
    problems.push('missing fallback text');
  }
  if (typeof message.text === 'string' && message.text.length > 4000) problems.push('fallback text > 4000');
  if (!Array.isArray(blocks)) return [...problems, 'blocks is not an array'];
  if (blocks.length === 0) problems.push('no blocks');
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const actionIds = new Set<string>();
  // Slack takes one table per message.
  if (blocks.filter((b) => b?.type === 'table').length > 1) problems.push('more than one table');
  for (const [i, block] of blocks.entries()) {
    const at = `blocks[${i}] (${block?.type})`;
    switch (block?.type) {
      case 'header':
        if (block.text?.type !== 'plain_text') problems.push(`${at}: header text must be plain_text`);
        if (!block.text?.text || block.text.text.length > 150) problems.push(`${at}: header text length`);
        break;
      case 'section':
        if (!block.text && !block.fields) problems.push(`${at}: section needs text or fields`);
        if (block.text && (!block.text.text || block.text.text.length > 3000)) {
          problems.push(`${at}: section text length ${block.text?.text?.length}`);
        }
        if (block.accessory) checkElement(block.accessory, at, problems, new Set());
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10) {
          problems.push(`${at}: context needs 1-10 elements`);
        }
        for (const e of block.elements ?? []) {
          if (!e.text || e.text.length > 3000) problems.push(`${at}: context text length`);
        }
        break;
      case 'actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) {
          problems.push(`${at}: actions needs 1-25 elements`);
        }
        actionIds.clear(); // action_id must be unique within its block
        for (const e of block.elements ?? []) checkElement(e, at, problems, actionIds);
        break;
      case 'context_actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 5) {
          problems.push(`${at}: context_actions needs 1-5 elements`);
        }
        for (const e of block.elements ?? []) checkFeedbackButtons(e, at, problems);
        break;
      case 'input':
        if (block.label?.type !== 'plain_text' || !block.label.text || block.label.text.length > 2000) {
          problems.push(`${at}: input label must be plain_text of 1-2000 characters`);
        }
        if (!['plain_text_input', 'checkboxes'].includes(block.element?.type)) {
          problems.push(`${at}: unexpected input element ${block.element?.type}`);
        }
        break;
      case 'table':
        checkTable(block, at, problems);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${at}: unexpected block type`);
    }
    if (block?.block_id && block.block_id.length > 255) problems.push(`${at}: block_id length`);
  }
  return problems;
}

function checkFeedbackButtons(e: Wire, at: string, problems: string[]) {
  if (e.type !== 'feedback_buttons') return problems.push(`${at}: unexpected element ${e.type}`);
  for (const side of ['positive_button', 'negative_button']) {
    const b = e[side];
    if (b?.text?.type !== 'plain_text' || !b.text.text || b.text.text.length > 75) {
      problems.push(`${at}: ${side} text must be plain_text of 1-75 characters`);
    }
    if (typeof b?.value !== 'string' || b.value.length === 0 || b.value.length > 2000) {
      problems.push(`${at}: ${side} value length`);
    }
    if (b?.accessibility_label && b.accessibility_label.length > 75)
      problems.push(`${at}: ${side} label length`);
  }
  return undefined;
}

function checkElement(e: Wire, at: string, problems: string[], ids: Set<string>) {
  if (e.type !== 'button') return problems.push(`${at}: unexpected element ${e.type}`);
  if (e.text?.type !== 'plain_text' || !e.text.text || e.text.text.length > 75) {
    problems.push(`${at}: button text "${e.text?.text}" must be plain_text of 1-75 characters`);
  }
  if (!e.action_id || e.action_id.length > 255) problems.push(`${at}: button action_id`);
  if (ids.has(e.action_id)) problems.push(`${at}: duplicate action_id ${e.action_id}`);
  ids.add(e.action_id);
  if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000)) {
    problems.push(`${at}: button value length`);
  }
  if (e.style && !['primary', 'danger'].includes(e.style)) problems.push(`${at}: button style`);
  return undefined;
}

/**
 * The table block (https://docs.slack.dev/reference/block-kit/blocks/table-block): at most 100 rows
 * of at most 20 cells, each cell raw_text (1 character at least) or rich_text; at most 20
 * column_settings with align left/center/right; and, as Slack rejects larger ones, at most 10,000
 * characters across the cells. Rows of different lengths are refused too: they draw as ragged columns.
 */
function checkTable(block: Wire, at: string, problems: string[]) {
  const rows = block.rows;
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > 100) {
    return problems.push(`${at}: table needs 1-100 rows`);
  }
  let chars = 0;
  for (const [r, row] of rows.entries()) {
    if (!Array.isArray(row) || row.length === 0 || row.length > 20) {
      problems.push(`${at}: row ${r} needs 1-20 cells`);
      continue;
    }
    if (row.length !== rows[0].length)
      problems.push(`${at}: row ${r} has ${row.length} cells, not ${rows[0].length}`);
    for (const [c, cell] of row.entries()) {
      const where = `${at}: cell ${r},${c}`;
      if (cell?.type === 'raw_text') {
        if (typeof cell.text !== 'string' || cell.text.length === 0)
          problems.push(`${where}: raw_text needs text`);
        chars += cell.text?.length ?? 0;
      } else if (cell?.type === 'rich_text') {
        const text = richText(cell);
        if (text === undefined) problems.push(`${where}: rich_text needs sections of text elements`);
        else if (text.trim() === '') problems.push(`${where}: empty cell`);
        chars += text?.length ?? 0;
      } else {
        problems.push(`${where}: cell type ${cell?.type} is neither raw_text nor rich_text`);
      }
    }
  }
  if (chars > 10_000) problems.push(`${at}: ${chars} characters across cells > 10000`);
  const settings = block.column_settings;
  if (settings !== undefined) {
    if (!Array.isArray(settings) || settings.length > 20) problems.push(`${at}: column_settings 0-20 items`);
    for (const s of settings ?? []) {
      if (s.align !== undefined && !['left', 'center', 'right'].includes(s.align)) {
        problems.push(`${at}: column align ${s.align}`);
      }
      if (s.is_wrapped !== undefined && typeof s.is_wrapped !== 'boolean') problems.push(`${at}: is_wrapped`);
    }
  }
  return undefined;
}

/** The text of a rich_text block made of sections of text elements; undefined when malformed. */
function richText(block: Wire): string | undefined {
  if (!Array.isArray(block.elements) || block.elements.length === 0) return undefined;
  let text = '';
  for (const section of block.elements) {
    if (section?.type !== 'rich_text_section' || !Array.isArray(section.elements)) return undefined;
    for (const e of section.elements) {
      if (e?.type !== 'text' || typeof e.text !== 'string') return undefined;
      text += e.text;
    }
  }
  return text;
}
