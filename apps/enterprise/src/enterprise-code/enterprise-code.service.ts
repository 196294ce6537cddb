import { type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { toString as renderQr } from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { actsForEnterprise } from '../enterprise/enterprise-access';
import type { Clock } from '@erqi/shared/util-clock';
import { isUuid } from '@erqi/shared/util-uuid';
import { type CodeClaims, type CodeSigner, CodeTokenError } from './code-token';
import { EnterpriseCodeVersion } from './enterprise-code-version.entity';
import type { EnterpriseCode } from './enterprise-code.type';

/** The current (highest) version of each enterprise's code, in one statement for any number of enterprises. */
export async function loadCurrentCodes(
  dataSource: DataSource,
  enterpriseIds: readonly string[],
): Promise<Array<EnterpriseCodeVersion | null>> {
  const validIds = [...new Set(enterpriseIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const rows =
    validIds.length === 0
      ? []
      : await dataSource
          .getRepository(EnterpriseCodeVersion)
          .createQueryBuilder('code')
          .where('code.enterprise_id IN (:...ids)', { ids: validIds })
          .orderBy('code.version', 'DESC')
          .getMany();
  // Rotations are rare: reading every version and keeping the highest is cheaper than being clever.
  const byEnterprise = new Map<string, EnterpriseCodeVersion>();
  for (const row of rows)
    if (!byEnterprise.has(row.enterpriseId)) byEnterprise.set(row.enterpriseId, row);
  return enterpriseIds.map((id) => byEnterprise.get(id.toLowerCase()) ?? null);
}

/** Locks an enterprise's row for the rest of the transaction: code changes and check-ins of one enterprise queue up. */
export async function lockEnterprise(
  manager: EntityManager,
  enterpriseId: string,
): Promise<boolean> {
  if (!isUuid(enterpriseId)) return false;
  const rows = (await manager.query('SELECT id FROM enterprise WHERE id = $1 FOR UPDATE', [
    enterpriseId.toLowerCase(),
  ])) as unknown[];
  return rows.length > 0;
}

async function currentVersion(
  manager: EntityManager,
  enterpriseId: string,
): Promise<EnterpriseCodeVersion | null> {
  return manager
    .getRepository(EnterpriseCodeVersion)
    .findOne({ where: { enterpriseId }, order: { version: 'DESC' } });
}

/** 政企码: issuing, rotating and revoking enterprise codes, and checking a scanned one. */
export class EnterpriseCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: CodeSigner,
    private readonly clock: Clock,
  ) {}

  /** ADMIN and the enterprise itself; FORBIDDEN for everyone else, UNAUTHENTICATED without a token. */
  assertMayView(caller: Caller, enterpriseId: string): void {
    const user = requireUser(caller);
    if (user.role !== Role.ADMIN && !actsForEnterprise(user, enterpriseId)) {
      throw new Forbidden("Only the enterprise itself and ADMIN may see an enterprise's code");
    }
  }

  /** The current code as shown to its holder; null while it is revoked. */
  async present(version: EnterpriseCodeVersion | null): Promise<EnterpriseCode | null> {
    if (!version || version.revokedAt) return null;
    const value = await this.signer.sign({
      enterpriseId: version.enterpriseId,
      version: version.version,
    });
    return {
      enterpriseId: version.enterpriseId,
      value,
      version: version.version,
      issuedAt: version.issuedAt,
    };
  }

  qrSvg(code: EnterpriseCode): Promise<string> {
    return renderQr(code.value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  /** Issues version n+1; every older version stops being accepted at once. ADMIN, or the enterprise for itself. */
  async rotate(caller: Caller, enterpriseId: string): Promise<EnterpriseCode> {
    const user = requireUser(caller);
    if (user.role !== Role.ADMIN && !actsForEnterprise(user, enterpriseId)) {
      throw new Forbidden("Only ADMIN, or the enterprise itself, may rotate an enterprise's code");
    }
    const issued = await this.dataSource.transaction(async (manager) => {
      if (!(await lockEnterprise(manager, enterpriseId)))
        throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
      const id = enterpriseId.toLowerCase();
      const current = await currentVersion(manager, id);
      const next = manager.getRepository(EnterpriseCodeVersion).create({
        enterpriseId: id,
        version: (current?.version ?? 0) + 1,
        issuedAt: this.clock(),
        revokedAt: null,
      });
      await manager.getRepository(EnterpriseCodeVersion).insert(next);
      return next;
    });
    return (await this.present(issued)) as EnterpriseCode;
  }

  /** Revokes the current code: no code of this enterprise is accepted until it is rotated. ADMIN only. */
  async revoke(caller: Caller, enterpriseId: string): Promise<void> {
    const user = requireUser(caller);
    if (user.role !== Role.ADMIN) throw new Forbidden("Only ADMIN may revoke an enterprise's code");
    await this.dataSource.transaction(async (manager) => {
      if (!(await lockEnterprise(manager, enterpriseId)))
        throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
      const current = await currentVersion(manager, enterpriseId.toLowerCase());
      if (!current || current.revokedAt)
        throw new Conflict(
          'This enterprise has no valid code to revoke: it is already revoked; rotate to issue a new one',
          { field: 'enterpriseId' },
        );
      await manager
        .getRepository(EnterpriseCodeVersion)
        .update(
          { enterpriseId: current.enterpriseId, version: current.version },
          { revokedAt: this.clock() },
        );
    });
  }

  /** The claims of a scanned code whose signature is ours; BAD_USER_INPUT on `field` saying what is wrong otherwise. */
  async readScanned(value: string, field: string): Promise<CodeClaims> {
    try {
      return await this.signer.verify(value);
    } catch (error) {
      if (!(error instanceof CodeTokenError)) throw error;
      throw new BadUserInput(
        field,
        error.problem === 'BAD_SIGNATURE'
          ? 'This code was not issued by the platform: its signature does not match, so it is forged or has been altered'
          : 'This is not an enterprise code (政企码): scan the QR code the enterprise displays, or pass its value unchanged',
      );
    }
  }

  /**
   * Inside the caller's transaction, with the enterprise's row locked: the scanned code must be the
   * enterprise's current, unrevoked version. BAD_USER_INPUT on `field` saying which rule it breaks.
   */
  async assertCurrent(manager: EntityManager, claims: CodeClaims, field: string): Promise<void> {
    const current = await currentVersion(manager, claims.enterpriseId);
    if (!current || claims.version > current.version)
      throw new BadUserInput(field, 'This code was never issued for its enterprise');
    if (claims.version < current.version) {
      throw new BadUserInput(
        field,
        `This code has been replaced by a newer one (version ${current.version}); scan the code the enterprise displays now`,
      );
    }
    if (current.revokedAt)
      throw new BadUserInput(
        field,
        'This code has been revoked; the enterprise has no valid code until a new one is issued',
      );
  }

  /** Version 1 for a newly registered enterprise, in the registration's transaction. */
  async issueFirst(manager: EntityManager, enterpriseId: string): Promise<void> {
    await manager
      .getRepository(EnterpriseCodeVersion)
      .insert({ enterpriseId, version: 1, issuedAt: this.clock(), revokedAt: null });
  }
}
