/**
 * JSON as it travels to and from Slack (Block Kit, payloads): tests read it freely and check its
 * shape with assertions, so it is deliberately untyped. The one `any` in the tests lives here.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Wire = any;
