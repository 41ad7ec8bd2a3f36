/** Block Kit limits (https://api.slack.com/reference/block-kit): the renderer stays inside them by construction. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  contextElements: 10,
  fallbackText: 4000,
  /** Table block: rows (the heading row included), cells per row, one table per message. */
  tableRows: 100,
  tableCells: 20,
  /** Characters across a table's cells, past which Slack rejects the block. */
  tableChars: 10_000,
} as const;
