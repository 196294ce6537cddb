import { CompactSign, type CompactVerifyResult, compactVerify, errors } from 'jose';

/** What a code says: whose it is and which version. */
export interface CodeClaims {
  enterpriseId: string;
  version: number;
}

/** Why a scanned text is not a usable code, before the database is asked. */
export type CodeTokenProblem = 'MALFORMED' | 'BAD_SIGNATURE';

export class CodeTokenError extends Error {
  constructor(readonly problem: CodeTokenProblem) {
    super(problem);
  }
}

const ALGORITHM = 'HS256';
/** The JWS `typ`, so that no other token signed with the same secret passes for a code. */
const TYPE = 'erqi-enterprise-code';
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * 政企码 values: a compact JWS (HMAC-SHA256 with the server's secret) over `{enterpriseId, version}`.
 * The same enterprise and version always give the same value, so nothing secret is stored.
 */
export class CodeSigner {
  constructor(private readonly secret: Uint8Array) {}

  sign(claims: CodeClaims): Promise<string> {
    const payload = new TextEncoder().encode(
      JSON.stringify({ enterpriseId: claims.enterpriseId, version: claims.version }),
    );
    return new CompactSign(payload)
      .setProtectedHeader({ alg: ALGORITHM, typ: TYPE })
      .sign(this.secret);
  }

  /** The claims of a value we signed; CodeTokenError says whether it is not a code at all or not ours. */
  async verify(value: string): Promise<CodeClaims> {
    const text = value.trim();
    if (!COMPACT_JWS.test(text)) throw new CodeTokenError('MALFORMED');
    let verified: CompactVerifyResult;
    try {
      verified = await compactVerify(text, this.secret, { algorithms: [ALGORITHM] });
    } catch (error) {
      throw new CodeTokenError(
        error instanceof errors.JWSSignatureVerificationFailed ? 'BAD_SIGNATURE' : 'MALFORMED',
      );
    }
    if (verified.protectedHeader.typ !== TYPE) throw new CodeTokenError('MALFORMED');
    const claims = parseClaims(new TextDecoder().decode(verified.payload));
    if (!claims) throw new CodeTokenError('MALFORMED');
    return claims;
  }
}

function parseClaims(json: string): CodeClaims | undefined {
  try {
    const parsed = JSON.parse(json) as { enterpriseId?: unknown; version?: unknown };
    if (
      typeof parsed.enterpriseId === 'string' &&
      UUID.test(parsed.enterpriseId) &&
      Number.isInteger(parsed.version) &&
      (parsed.version as number) >= 1
    ) {
      return { enterpriseId: parsed.enterpriseId, version: parsed.version as number };
    }
  } catch {
    // not JSON: malformed
  }
  return undefined;
}
