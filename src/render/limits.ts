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
} as const;
