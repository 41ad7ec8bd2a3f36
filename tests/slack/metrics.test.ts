import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/slack/metrics.js';

describe('Metrics', () => {
  it('counts each label set apart', async () => {
    const metrics = new Metrics();
    metrics.countRequest('slash_command', 'ok');
    metrics.countRequest('slash_command', 'ok');
    metrics.countRequest('slash_command', 'error');
    metrics.observeAck('slash_command', 0.004);
    metrics.countQuestion('slash', 'role', 'full', 0.002);
    metrics.countQuestion('mention', 'not_found', 'none', 0.3);
    const { body } = await metrics.text();
    expect(body).toContain('rolebot_requests_total{type="slash_command",outcome="ok"} 2');
    expect(body).toContain('rolebot_requests_total{type="slash_command",outcome="error"} 1');
    expect(body).toContain('rolebot_ack_seconds_bucket{le="0.005",type="slash_command"} 1');
    expect(body).toContain('rolebot_questions_total{surface="slash",kind="role",coverage="full"} 1');
    expect(body).toContain('rolebot_questions_total{surface="mention",kind="not_found",coverage="none"} 1');
    expect(body).toContain('rolebot_answer_seconds_bucket{le="0.25",surface="mention"} 0');
    expect(body).toContain('rolebot_answer_seconds_bucket{le="0.5",surface="mention"} 1');
  });

  it('counts many label sets', async () => {
    const metrics = new Metrics();
    for (let i = 0; i < 300; i++) metrics.countRequest(`type${i}`, 'ok');
    metrics.countRequest('type299', 'ok');
    const { body } = await metrics.text();
    expect(body).toContain('rolebot_requests_total{type="type0",outcome="ok"} 1');
    expect(body).toContain('rolebot_requests_total{type="type299",outcome="ok"} 2');
  });
});
