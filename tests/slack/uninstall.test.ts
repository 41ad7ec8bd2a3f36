import { describe, expect, it, vi } from 'vitest';
import { appUninstalled } from '../../src/slack/listeners/events/app-uninstalled.js';
import { tokensRevoked } from '../../src/slack/listeners/events/tokens-revoked.js';
import { deps, fakeAnswerer, recordingLogger } from './fakes.js';

const withStore = () => {
  const deleteInstallation = vi.fn(async () => {});
  return {
    deleteInstallation,
    d: { answer: fakeAnswerer, ...deps(), installations: { deleteInstallation } },
  };
};

describe('app_uninstalled and tokens_revoked', () => {
  it('deletes the workspace installation on uninstall', async () => {
    const { deleteInstallation, d } = withStore();
    const logger = recordingLogger();
    const body = { team_id: 'T9', event: { type: 'app_uninstalled' } };
    await appUninstalled(d)({ body, event: body.event, context: {}, logger } as never);
    expect(deleteInstallation).toHaveBeenCalledWith({
      isEnterpriseInstall: false,
      teamId: 'T9',
      enterpriseId: undefined,
    });
    expect(logger.lines[0]?.text).toContain('T9');
  });

  it('deletes an org-wide installation by its enterprise id', async () => {
    const { deleteInstallation, d } = withStore();
    const body = {
      team_id: 'T9',
      enterprise_id: 'E1',
      authorizations: [{ enterprise_id: 'E1', team_id: null, is_enterprise_install: true }],
      event: { type: 'app_uninstalled' },
    };
    await appUninstalled(d)({ body, event: body.event, context: {}, logger: recordingLogger() } as never);
    expect(deleteInstallation).toHaveBeenCalledWith(
      expect.objectContaining({ isEnterpriseInstall: true, enterpriseId: 'E1' }),
    );
  });

  it('deletes the installation when the bot token is revoked, not when only user tokens are', async () => {
    const { deleteInstallation, d } = withStore();
    const run = (tokens: object) => {
      const body = { team_id: 'T9', event: { type: 'tokens_revoked', tokens } };
      return tokensRevoked(d)({ body, event: body.event, context: {}, logger: recordingLogger() } as never);
    };
    await run({ oauth: ['U1'] });
    expect(deleteInstallation).not.toHaveBeenCalled();
    await run({ bot: ['UBOT'] });
    expect(deleteInstallation).toHaveBeenCalledOnce();
  });

  it('with a single workspace token there is nothing to delete: it says what to do', async () => {
    const logger = recordingLogger();
    const body = { team_id: 'T9', event: { type: 'tokens_revoked', tokens: { bot: ['UBOT'] } } };
    await tokensRevoked({ answer: fakeAnswerer, ...deps() })({
      body,
      event: body.event,
      context: {},
      logger,
    } as never);
    expect(logger.lines[0]).toMatchObject({
      level: 'warn',
      text: expect.stringContaining('SLACK_BOT_TOKEN'),
    });
  });

  it('logs a failed delete and goes on', async () => {
    const logger = recordingLogger();
    const deleteInstallation = vi.fn(async () => Promise.reject(new Error('database down')));
    const body = { team_id: 'T9', event: { type: 'app_uninstalled' } };
    await appUninstalled({ answer: fakeAnswerer, ...deps(), installations: { deleteInstallation } })({
      body,
      event: body.event,
      context: {},
      logger,
    } as never);
    expect(logger.lines[0]).toMatchObject({ level: 'error' });
  });
});
