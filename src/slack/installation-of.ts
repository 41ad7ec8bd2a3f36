import type { Context, InstallationQuery } from '@slack/bolt';

/**
 * Which installation a request belongs to. Bolt's context has it once authorized; app_uninstalled and
 * tokens_revoked skip authorization, so the envelope's own fields are read as well.
 */
export function installationOf(body: unknown, context: Context): InstallationQuery<boolean> {
  const b = body as {
    team_id?: string;
    enterprise_id?: string;
    is_enterprise_install?: boolean;
    authorizations?: Array<{
      team_id?: string | null;
      enterprise_id?: string | null;
      is_enterprise_install?: boolean;
    }>;
  };
  const auth = b.authorizations?.[0];
  const isEnterpriseInstall =
    context.isEnterpriseInstall ?? auth?.is_enterprise_install ?? b.is_enterprise_install ?? false;
  const enterpriseId = context.enterpriseId ?? auth?.enterprise_id ?? b.enterprise_id ?? undefined;
  const teamId = context.teamId ?? auth?.team_id ?? b.team_id ?? undefined;
  return { isEnterpriseInstall, enterpriseId, teamId } as InstallationQuery<boolean>;
}
