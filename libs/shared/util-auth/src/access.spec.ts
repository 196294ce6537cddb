import { ANONYMOUS, type Caller, Role } from './caller';
import { maskPhone, requireDepartmentStaff, requireRole } from './access';

const staff: Caller = {
  kind: 'user',
  subject: 's1',
  role: Role.DEPARTMENT_STAFF,
  departmentCode: 'URBAN_MANAGEMENT',
};
const service: Caller = { kind: 'service', subject: 'gateway' };

describe('requireRole', () => {
  it('lets a caller of a listed role through and tells others who may', () => {
    expect(
      requireRole(staff, [Role.DEPARTMENT_STAFF, Role.ADMIN], 'record an inspection').subject,
    ).toBe('s1');
    expect(() => requireRole(staff, [Role.SUPERVISOR, Role.ADMIN], 'keep the ledger')).toThrow(
      expect.objectContaining({
        message: 'Only SUPERVISOR or ADMIN may keep the ledger, not DEPARTMENT_STAFF',
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    );
  });

  it('asks anonymous callers and a service acting alone to sign in', () => {
    for (const caller of [ANONYMOUS, service]) {
      expect(() => requireRole(caller, [Role.ADMIN])).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      );
    }
  });
});

describe('requireDepartmentStaff', () => {
  it('answers the department the token names, and refuses staff whose token names none', () => {
    expect(requireDepartmentStaff(staff, 'report in').departmentCode).toBe('URBAN_MANAGEMENT');
    const without: Caller = { kind: 'user', subject: 's2', role: Role.DEPARTMENT_STAFF };
    expect(() => requireDepartmentStaff(without, 'report in')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('12345')).toBe('****');
  });
});
