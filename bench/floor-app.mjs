/**
 * The floor for `npm run bench:slack`: a bare Bolt app in HTTP mode that answers `/role` in its ack
 * with a fixed line, and serves GET /healthz with its resident memory. Plain JavaScript run by node,
 * as a minimal production Bolt app would be. It prints the same ready line as the real app.
 */
import { App, HTTPReceiver } from '@slack/bolt';

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok', rss_bytes: process.memoryUsage.rss() }));
      },
    },
  ],
});
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command('/role', async ({ ack, command }) => {
  await ack({ response_type: 'ephemeral', text: `You asked: ${command.text}` });
});
const server = await app.start(Number(process.env.PORT ?? 3000), { host: process.env.HOST });
console.log(`role bot ready: http on port ${server.address().port}`);
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => app.stop().then(() => process.exit(0)));
}
