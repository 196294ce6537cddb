import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Role, requireRole, type UserCaller, type Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, NotFound, Unauthenticated } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, Repository } from 'typeorm';
import type { IssueOpen311ApiKeyInput } from './open311.input';
import { type IssuedOpen311ApiKey, Open311ApiKey } from './open311-api-key.entity';

/** Every key starts so, so that one pasted into a log or a ticket is recognised for what it is. */
const KEY_PREFIX = 'o311_';

/** The stored form of a key: its SHA-256, so the table never holds a usable secret. */
export function hashOpen311Key(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Roles whose identity a key needs a scope claim for, and which claim. */
function requireScopeClaims(input: IssueOpen311ApiKeyInput): void {
  if (
    (input.role === Role.ENTERPRISE || input.role === Role.EXPERIENCE_OFFICER) &&
    !input.enterpriseId
  )
    throw new BadUserInput('enterpriseId', `A ${input.role} key acts for one enterprise; name it`);
  if (input.role === Role.GRID_WORKER && (input.gridCellIds ?? []).length === 0)
    throw new BadUserInput('gridCellIds', 'A GRID_WORKER key acts for its cells; name them');
}

/**
 * Open311 API keys: ADMIN issues (the secret shown once) and revokes them (at once: every request
 * looks its key up). A key resolves to the identity it was issued for, as a token's claims would.
 */
export class Open311KeyService {
  private readonly keys: Repository<Open311ApiKey>;

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.keys = dataSource.getRepository(Open311ApiKey);
  }

  async issue(caller: Caller, input: IssueOpen311ApiKeyInput): Promise<IssuedOpen311ApiKey> {
    const admin = requireRole(caller, [Role.ADMIN], 'issue Open311 API keys');
    if (!Object.values(Role).includes(input.role as Role))
      throw new BadUserInput('role', `No such role "${input.role}"`);
    if (input.label.trim() === '') throw new BadUserInput('label', 'Say who the key is for');
    if (input.subject.trim() === '')
      throw new BadUserInput('subject', 'Name the subject the key acts as');
    requireScopeClaims(input);
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const apiKey = this.keys.create({
      id: randomUUID(),
      keyHash: hashOpen311Key(key),
      label: input.label.trim(),
      role: input.role as Role,
      subject: input.subject.trim(),
      name: input.name?.trim() || null,
      enterpriseId: input.enterpriseId ?? null,
      gridCellIds: input.gridCellIds ?? [],
      issuedBy: admin.subject,
      issuedAt: this.clock(),
      revokedAt: null,
    });
    await this.keys.insert(apiKey);
    return { key, apiKey };
  }

  /** Revoked from now on; revoking twice keeps the first time. */
  async revoke(caller: Caller, id: string): Promise<Open311ApiKey> {
    requireRole(caller, [Role.ADMIN], 'revoke Open311 API keys');
    const apiKey = isUuid(id) ? await this.keys.findOneBy({ id }) : null;
    if (!apiKey) throw new NotFound('Open311ApiKey', id, 'id');
    if (apiKey.revokedAt === null) {
      apiKey.revokedAt = this.clock();
      await this.keys.update({ id }, { revokedAt: apiKey.revokedAt });
    }
    return apiKey;
  }

  list(caller: Caller): Promise<Open311ApiKey[]> {
    requireRole(caller, [Role.ADMIN], 'list Open311 API keys');
    return this.keys.find({ order: { issuedAt: 'DESC' } });
  }

  /** The key's record and the identity it acts as; an unknown or revoked key is UNAUTHENTICATED. */
  async identityOf(key: string): Promise<{ apiKey: Open311ApiKey; user: UserCaller }> {
    const apiKey = key.startsWith(KEY_PREFIX)
      ? await this.keys.findOneBy({ keyHash: hashOpen311Key(key) })
      : null;
    if (!apiKey || apiKey.revokedAt !== null)
      throw new Unauthenticated('The api_key is unknown or has been revoked');
    const user: UserCaller = {
      kind: 'user',
      subject: apiKey.subject,
      role: apiKey.role,
      ...(apiKey.name ? { name: apiKey.name } : {}),
      ...(apiKey.enterpriseId ? { enterpriseId: apiKey.enterpriseId } : {}),
      ...(apiKey.gridCellIds.length > 0 ? { gridCellIds: apiKey.gridCellIds } : {}),
    };
    return { apiKey, user };
  }
}
