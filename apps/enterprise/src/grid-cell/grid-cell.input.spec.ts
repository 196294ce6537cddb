import { validate } from 'class-validator';
import {
  DEFAULT_ENTERPRISES_PER_CELL,
  GridCellEnterprisesArgs,
  MAX_ENTERPRISES_PER_CELL,
} from './grid-cell.input';

async function failedFields(first?: number): Promise<string[]> {
  const args = new GridCellEnterprisesArgs();
  if (first !== undefined) args.first = first;
  return (await validate(args)).map((error) => error.property);
}

describe('GridCellEnterprisesArgs', () => {
  it('defaults to 50 and allows 1 to 100', async () => {
    expect(new GridCellEnterprisesArgs().first).toBe(DEFAULT_ENTERPRISES_PER_CELL);
    expect(await failedFields()).toEqual([]);
    expect(await failedFields(1)).toEqual([]);
    expect(await failedFields(MAX_ENTERPRISES_PER_CELL)).toEqual([]);
  });

  it('rejects 0 and more than 100', async () => {
    expect(await failedFields(0)).toEqual(['first']);
    expect(await failedFields(MAX_ENTERPRISES_PER_CELL + 1)).toEqual(['first']);
  });
});
