import { writeDevelopmentJwks } from '@erqi/shared/util-auth';

/**
 * The key source a locally started system in production mode (`NODE_ENV=production`, as the benches
 * run it) needs when none is configured: the development key set's JWKS file. Nothing otherwise.
 */
export async function localKeySource(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  return env['NODE_ENV'] === 'production' && !env['AUTH_JWKS_URL'] && !env['AUTH_JWKS_FILE']
    ? { AUTH_JWKS_FILE: await writeDevelopmentJwks() }
    : {};
}
