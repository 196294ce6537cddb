import { validate } from 'class-validator';
import { EnterprisesArgs, RegisterEnterpriseInput, trimmedLength } from './enterprise.input';

function registration(overrides: Partial<RegisterEnterpriseInput> = {}): RegisterEnterpriseInput {
  return Object.assign(new RegisterEnterpriseInput(), {
    name: '郑州测试科技有限公司',
    creditCode: '91410103MA00000000',
    gridCellId: '8d0c5b2e-1f3a-5c4d-9e6f-7a8b9c0d1e2f',
    contactName: '经理 李明',
    contactPhone: '13912345678',
    ...overrides,
  });
}

async function failedFields(input: object): Promise<string[]> {
  return (await validate(input)).map((error) => error.property);
}

describe('RegisterEnterpriseInput', () => {
  it('accepts a complete registration', async () => {
    expect(await failedFields(registration())).toEqual([]);
  });

  it('rejects a blank name and one longer than 200 characters, counting after trimming', async () => {
    expect(await failedFields(registration({ name: '   ' }))).toEqual(['name']);
    expect(await failedFields(registration({ name: '企'.repeat(201) }))).toEqual(['name']);
    expect(await failedFields(registration({ name: `  ${'企'.repeat(200)}  ` }))).toEqual([]);
  });

  it('requires a mainland mobile number for the contact', async () => {
    for (const contactPhone of [
      '0371-6789012',
      '23912345678',
      '1391234567',
      '139123456789',
      ' 13912345678',
    ]) {
      expect(await failedFields(registration({ contactPhone }))).toEqual(['contactPhone']);
    }
  });

  it('requires the grid cell id to be a UUID', async () => {
    expect(await failedFields(registration({ gridCellId: 'BGM-E01' }))).toEqual(['gridCellId']);
  });

  it('requires a contact name', async () => {
    expect(await failedFields(registration({ contactName: '' }))).toEqual(['contactName']);
  });

  it('leaves the credit code to the service, which can say what is wrong with it', async () => {
    expect(await failedFields(registration({ creditCode: 'not a code' }))).toEqual([]);
  });
});

describe('EnterprisesArgs', () => {
  it('accepts no cell filter and rejects a cell id that is not a UUID', async () => {
    expect(await failedFields(new EnterprisesArgs())).toEqual([]);
    expect(
      await failedFields(Object.assign(new EnterprisesArgs(), { gridCellId: 'BGM-E01' })),
    ).toEqual(['gridCellId']);
  });
});

describe('trimmedLength', () => {
  it('counts characters, not UTF-16 units, once the ends are trimmed', () => {
    expect(trimmedLength('  八卦庙  ')).toBe(3);
    expect(trimmedLength('𠀀')).toBe(1);
  });
});
