/** How this deployment signs people in, as the gateway's `/app-config.json` says. */
export interface AppConfig {
  signIn: {
    /** The development seed-user picker (never in production). */
    development: boolean;
    oidc: { issuer: string; clientId: string; scope: string; audience?: string } | null;
  };
}

const NO_SIGN_IN: AppConfig = { signIn: { development: false, oidc: null } };

export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/app-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) return NO_SIGN_IN;
  const body = (await response.json()) as Partial<AppConfig>;
  return {
    signIn: {
      development: body.signIn?.development === true,
      oidc: body.signIn?.oidc ?? null,
    },
  };
}
