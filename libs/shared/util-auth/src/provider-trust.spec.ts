import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { Role } from './caller';
import type { KeySetLocation } from './keys';
import {
  type AuthConfig,
  createTokenVerifier,
  DEVELOPMENT_ISSUER,
  issueDevelopmentToken,
} from './token';

/** An OpenID provider's JWKS endpoint, served over real HTTP as a provider would. */
describe('trusting an OpenID provider through AUTH_JWKS_URL', () => {
  const providerIssuer = 'http://localhost:4010';
  let server: Server;
  let jwksUrl: string;
  let providerKey: KeyLike;
  let folder: string;
  let keySet: KeySetLocation;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    providerKey = pair.privateKey;
    const jwks = {
      keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' }],
    };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'erqi-provider-'));
    keySet = { file: join(folder, 'key-set.json'), legacyFile: join(folder, 'legacy.json') };
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const config = (production: boolean): AuthConfig => ({
    issuer: providerIssuer,
    audience: 'erqi-grid-governance',
    jwksUrl,
    production,
    keySet,
  });
  const fromProvider = (options: { issuer?: string; kid?: string } = {}) =>
    new SignJWT({ role: Role.GRID_WORKER, name: '网格员', grid_cell_ids: ['cell-1'] })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'provider-1' })
      .setSubject('worker-1')
      .setIssuer(options.issuer ?? providerIssuer)
      .setAudience('erqi-grid-governance')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(providerKey);
  const developmentToken = (issuer: string) =>
    issueDevelopmentToken(
      'dev-admin',
      { role: Role.ADMIN },
      { keySet, config: { issuer, audience: 'erqi-grid-governance' } },
    );

  it("turns the provider's access token into the caller its claims name", async () => {
    const verify = createTokenVerifier(config(true));
    await expect(verify(`Bearer ${await fromProvider()}`)).resolves.toEqual({
      kind: 'user',
      subject: 'worker-1',
      role: Role.GRID_WORKER,
      name: '网格员',
      gridCellIds: ['cell-1'],
    });
  });

  it("refuses the provider's key vouching for another issuer, and a tampered signature", async () => {
    const verify = createTokenVerifier(config(true));
    await expect(
      verify(`Bearer ${await fromProvider({ issuer: 'https://elsewhere.example' })}`),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const [header, payload, signature = ''] = (await fromProvider()).split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await expect(verify(`Bearer ${tampered}`)).rejects.toMatchObject({
      message: 'The token is not valid here',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('in development keeps the development key set trusted beside the provider (npm run token, service tokens)', async () => {
    const verify = createTokenVerifier(config(false));
    await expect(verify(`Bearer ${await fromProvider()}`)).resolves.toMatchObject({
      subject: 'worker-1',
    });
    // `npm run token` signs as the development issuer; a service given AUTH_ISSUER signs as the provider's.
    await expect(
      verify(`Bearer ${await developmentToken(DEVELOPMENT_ISSUER)}`),
    ).resolves.toMatchObject({ subject: 'dev-admin', role: Role.ADMIN });
    await expect(verify(`Bearer ${await developmentToken(providerIssuer)}`)).resolves.toMatchObject(
      {
        subject: 'dev-admin',
      },
    );
  });

  it('in production never trusts the development key set beside the provider', async () => {
    const verify = createTokenVerifier(config(true));
    const token = await developmentToken(providerIssuer);
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      message: expect.stringContaining('a key this service does not know'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
