import { randomBytes } from 'node:crypto';
import { CodeSigner, CodeTokenError } from './code-token';

const enterpriseId = '2f1d2c3b-4a5e-5f60-8a7b-9c0d1e2f3a4b';

async function problemOf(signer: CodeSigner, value: string): Promise<string | undefined> {
  try {
    await signer.verify(value);
    return undefined;
  } catch (error) {
    return error instanceof CodeTokenError ? error.problem : 'OTHER';
  }
}

describe('CodeSigner', () => {
  const signer = new CodeSigner(randomBytes(32));

  it('signs the same enterprise and version to the same value, and reads it back', async () => {
    const value = await signer.sign({ enterpriseId, version: 3 });
    expect(await signer.sign({ enterpriseId, version: 3 })).toBe(value);
    await expect(signer.verify(` ${value} `)).resolves.toEqual({ enterpriseId, version: 3 });
  });

  it('rejects a value signed with another secret or with a changed payload as a bad signature', async () => {
    const foreign = await new CodeSigner(randomBytes(32)).sign({ enterpriseId, version: 1 });
    expect(await problemOf(signer, foreign)).toBe('BAD_SIGNATURE');
    const [header, , signature] = (await signer.sign({ enterpriseId, version: 1 })).split('.');
    const bumped = Buffer.from(JSON.stringify({ enterpriseId, version: 2 })).toString('base64url');
    expect(await problemOf(signer, `${header}.${bumped}.${signature}`)).toBe('BAD_SIGNATURE');
  });

  it('calls anything that is not a compact JWS of a code malformed', async () => {
    for (const value of ['', 'hello', 'a.b', 'a.b.c', '91410103MA00000000']) {
      expect(await problemOf(signer, value)).toBe('MALFORMED');
    }
    const unsignedAlg = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from('{}').toString('base64url')}.x`;
    expect(await problemOf(signer, unsignedAlg)).toBe('MALFORMED');
  });
});
