import { randomBytes } from 'node:crypto';
import {
  creditCodeCheckCharacter,
  organisationCodeCheckCharacter,
} from '@erqi/shared/util-credit-code';
import {
  collectiveEnterprise,
  enterpriseByName,
  gridCellByCode,
} from '@erqi/shared/util-seed-fixtures';
import { CodeSigner } from '../src/enterprise-code/code-token';
import {
  ALL_ROLES,
  type EnterpriseTestServer,
  enterpriseUserOf,
  errorCode,
  startEnterpriseTestServer,
  type Who,
} from './enterprise-test-server';

interface CodeView {
  value: string;
  version: number;
  issuedAt: string;
  qrSvg: string;
}

const CODE_OF = `query($id: ID!) { enterprise(id: $id) { code { value version issuedAt qrSvg } } }`;
const ROTATE = `mutation($id: ID!) { rotateEnterpriseCode(enterpriseId: $id) { value version } }`;
const REVOKE = `mutation($id: ID!) { revokeEnterpriseCode(enterpriseId: $id) { id } }`;
const CHECK_IN = `mutation($code: String!, $legalBasis: String) {
  checkInInspection(code: $code, purpose: "消防安全检查", legalBasis: $legalBasis) { id codeVersion enterprise { id name } }
}`;

describe('政企码 (enterprise codes) on PostgreSQL', () => {
  let server: EnterpriseTestServer;
  const other = enterpriseByName('郑州凯旋路物流有限公司');

  beforeAll(async () => {
    server = await startEnterpriseTestServer('enterprise_code', {
      routineInspectionsPerMonth: 1000,
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const codeOf = async (
    enterpriseId: string,
    who: Who = 'ADMIN',
  ): Promise<CodeView | null | undefined> =>
    (
      await server.gql<{ enterprise: { code: CodeView | null } }>(who, CODE_OF, {
        id: enterpriseId,
      })
    ).data?.enterprise.code;

  const checkIn = (code: string) =>
    server.gql<{
      checkInInspection: { id: string; codeVersion: number; enterprise: { id: string } };
    }>('DEPARTMENT_STAFF', CHECK_IN, { code });

  describe('Enterprise.code', () => {
    it('shows the current code and a printable SVG QR image to ADMIN and to the enterprise itself', async () => {
      const forAdmin = await codeOf(collectiveEnterprise.id, 'ADMIN');
      const forItself = await codeOf(collectiveEnterprise.id, 'ENTERPRISE');
      expect(forAdmin).toMatchObject({ version: 1 });
      expect(forItself?.value).toBe(forAdmin?.value);
      expect(forAdmin?.value.split('.')).toHaveLength(3);
      expect(forAdmin?.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(forAdmin?.qrSvg).toMatch(/<\/svg>\s*$/);
    });

    it.each(ALL_ROLES.filter((role) => role !== 'ADMIN' && role !== 'ENTERPRISE'))(
      'is FORBIDDEN to %s, with nothing of the code in the answer',
      async (role) => {
        const response = await server.gql(role, CODE_OF, { id: collectiveEnterprise.id });
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(JSON.stringify(response.data ?? null)).not.toMatch(/version|value|svg/);
      },
    );

    it('is FORBIDDEN to another enterprise, also through _entities, and UNAUTHENTICATED without a token', async () => {
      expect(
        errorCode(
          await server.gql(enterpriseUserOf(other.id), CODE_OF, { id: collectiveEnterprise.id }),
        ),
      ).toBe('FORBIDDEN');
      const viaEntities = await server.gql(
        'DEPARTMENT_STAFF',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { code { value } } } }`,
        {
          r: [{ __typename: 'Enterprise', id: collectiveEnterprise.id }],
        },
        { viaGateway: true },
      );
      expect(errorCode(viaEntities)).toBe('FORBIDDEN');
      expect(JSON.stringify(viaEntities.data)).not.toMatch(/value/);
      expect(
        errorCode(await server.gql('anonymous', CODE_OF, { id: collectiveEnterprise.id })),
      ).toBe('UNAUTHENTICATED');
    });

    it('gives a newly registered enterprise its first code', async () => {
      const body = `91410103MA0000C0${organisationCodeCheckCharacter('MA0000C0')}`;
      const registered = await server.gql<{ registerEnterprise: { id: string } }>(
        'ADMIN',
        `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id } }`,
        {
          input: {
            name: '郑州新码测试有限公司',
            creditCode: `${body}${creditCodeCheckCharacter(body)}`,
            gridCellId: gridCellByCode('BGM-E02').id,
            contactName: '经理 新',
            contactPhone: '13900001111',
          },
        },
      );
      expect(registered.errors).toBeUndefined();
      expect(await codeOf(registered.data?.registerEnterprise.id ?? '')).toMatchObject({
        version: 1,
      });
    });
  });

  describe('rotateEnterpriseCode and revokeEnterpriseCode', () => {
    const subject = enterpriseByName('郑州晨雨食品有限公司');

    it('lets ADMIN and the enterprise itself rotate, and nobody else', async () => {
      const byAdmin = await server.gql<{ rotateEnterpriseCode: { version: number } }>(
        'ADMIN',
        ROTATE,
        { id: subject.id },
      );
      expect(byAdmin.data?.rotateEnterpriseCode.version).toBe(2);
      const byItself = await server.gql<{ rotateEnterpriseCode: { version: number } }>(
        enterpriseUserOf(subject.id),
        ROTATE,
        { id: subject.id },
      );
      expect(byItself.data?.rotateEnterpriseCode.version).toBe(3);
      for (const who of [
        ...ALL_ROLES.filter((role) => role !== 'ADMIN'),
        enterpriseUserOf(other.id),
      ] as Who[]) {
        expect(errorCode(await server.gql(who, ROTATE, { id: subject.id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', ROTATE, { id: subject.id }))).toBe(
        'UNAUTHENTICATED',
      );
      expect((await codeOf(subject.id))?.version).toBe(3);
      expect(
        errorCode(
          await server.gql('ADMIN', ROTATE, { id: '00000000-0000-4000-8000-000000000000' }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('lets only ADMIN revoke; a revoked enterprise shows no code until it is rotated, and a second revoke is a CONFLICT', async () => {
      for (const who of [
        ...ALL_ROLES.filter((role) => role !== 'ADMIN'),
        enterpriseUserOf(subject.id),
      ] as Who[]) {
        expect(errorCode(await server.gql(who, REVOKE, { id: subject.id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql('anonymous', REVOKE, { id: subject.id }))).toBe(
        'UNAUTHENTICATED',
      );
      expect((await server.gql('ADMIN', REVOKE, { id: subject.id })).errors).toBeUndefined();
      expect(await codeOf(subject.id)).toBeNull();
      expect(await codeOf(subject.id, enterpriseUserOf(subject.id))).toBeNull();
      const again = await server.gql('ADMIN', REVOKE, { id: subject.id });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toMatch(/already revoked/);
      const rotated = await server.gql<{ rotateEnterpriseCode: { version: number } }>(
        'ADMIN',
        ROTATE,
        { id: subject.id },
      );
      expect(rotated.data?.rotateEnterpriseCode.version).toBe(4);
      expect((await codeOf(subject.id))?.version).toBe(4);
    });
  });

  describe('checking in with a code', () => {
    const subject = enterpriseByName('郑州晨霞建材有限公司');

    it('records the check-in with the current code, for the enterprise the code belongs to', async () => {
      const code = await codeOf(subject.id);
      const response = await checkIn(code?.value ?? '');
      expect(response.errors).toBeUndefined();
      expect(response.data?.checkInInspection).toMatchObject({
        codeVersion: code?.version,
        enterprise: { id: subject.id, name: subject.name },
      });
      // Another enterprise's code is recorded for that enterprise, never for any other.
      const othersCode = await codeOf(other.id);
      expect((await checkIn(othersCode?.value ?? '')).data?.checkInInspection.enterprise.id).toBe(
        other.id,
      );
    });

    const expectRefused = async (code: string, message: RegExp): Promise<void> => {
      const before = await server.dataSource.query('SELECT count(*)::int AS n FROM inspection');
      const response = await checkIn(code);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'code',
      });
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.data).toBeNull();
      expect(await server.dataSource.query('SELECT count(*)::int AS n FROM inspection')).toEqual(
        before,
      );
    };

    it('refuses a forged code, signed with another secret', async () => {
      const forged = await new CodeSigner(randomBytes(32)).sign({
        enterpriseId: subject.id,
        version: 1,
      });
      await expectRefused(forged, /not issued by the platform.*forged or has been altered/);
    });

    it('refuses a tampered code: another enterprise or version under the same signature', async () => {
      const [header, , signature] = ((await codeOf(subject.id))?.value ?? '').split('.');
      for (const claims of [
        { enterpriseId: other.id, version: 1 },
        { enterpriseId: subject.id, version: 99 },
      ]) {
        const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
        await expectRefused(`${header}.${payload}.${signature}`, /signature does not match/);
      }
    });

    it('refuses what is not a code at all', async () => {
      for (const text of ['', 'https://example.com/qr', collectiveEnterprise.creditCode, 'a.b.c']) {
        await expectRefused(text, /not an enterprise code/);
      }
    });

    it('refuses an old version once the code has been rotated', async () => {
      const old = await codeOf(subject.id);
      await server.gql('ENTERPRISE', ROTATE, { id: collectiveEnterprise.id });
      await server.gql('ADMIN', ROTATE, { id: subject.id });
      await expectRefused(old?.value ?? '', /replaced by a newer one \(version 2\)/);
      const current = await codeOf(subject.id);
      expect((await checkIn(current?.value ?? '')).data?.checkInInspection.codeVersion).toBe(2);
    });

    it('refuses a revoked code, and accepts the next one once rotated', async () => {
      const revoked = await codeOf(subject.id);
      await server.gql('ADMIN', REVOKE, { id: subject.id });
      await expectRefused(revoked?.value ?? '', /has been revoked/);
      const rotated = await server.gql<{
        rotateEnterpriseCode: { value: string; version: number };
      }>('ADMIN', ROTATE, { id: subject.id });
      await expectRefused(revoked?.value ?? '', /replaced by a newer one/);
      expect(
        (await checkIn(rotated.data?.rotateEnterpriseCode.value ?? '')).data?.checkInInspection
          .codeVersion,
      ).toBe(rotated.data?.rotateEnterpriseCode.version);
    });

    it('refuses a correctly signed code of an enterprise that does not exist', async () => {
      const signer = new CodeSigner(server.secret);
      await expectRefused(
        await signer.sign({ enterpriseId: '00000000-0000-4000-8000-000000000000', version: 1 }),
        /names no registered enterprise/,
      );
    });
  });
});
