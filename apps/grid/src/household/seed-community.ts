import { COMMUNITY_CODE, households, residents } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';

/**
 * 八卦庙社区's SAMPLE population (libs/shared/util-seed-fixtures residents.ts): 600 households,
 * 558 of them relocated, with their residents, marked `is_sample`. One statement per table (unnest
 * of column arrays), so the seed stays quick; a rerun leaves rows already there as they are (their
 * life events may have changed them since).
 */
export async function seedCommunity(manager: EntityManager): Promise<void> {
  const column = <T, K extends keyof T>(rows: readonly T[], key: K): Array<T[K]> =>
    rows.map((row) => row[key]);
  await manager.query(
    `INSERT INTO household (id, code, community_code, original_address, current_address,
       relocation_status, relocated_on, is_sample)
     SELECT id, code, $7, original_address, current_address, relocation_status, relocated_on, true
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[])
       AS source (id, code, original_address, current_address, relocation_status, relocated_on)
     ON CONFLICT (id) DO NOTHING`,
    [
      column(households, 'id'),
      column(households, 'code'),
      column(households, 'originalAddress'),
      column(households, 'currentAddress'),
      column(households, 'relocationStatus'),
      column(households, 'relocatedOn'),
      COMMUNITY_CODE,
    ],
  );
  await manager.query(
    `INSERT INTO resident (id, household_id, name, gender, birth_date, id_number, phone,
       member_since, died_on, is_sample)
     SELECT id, household_id, name, gender, birth_date, id_number, phone, member_since, died_on, true
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[],
       $8::date[], $9::date[])
       AS source (id, household_id, name, gender, birth_date, id_number, phone, member_since, died_on)
     ON CONFLICT (id) DO NOTHING`,
    [
      column(residents, 'id'),
      column(residents, 'householdId'),
      column(residents, 'name'),
      column(residents, 'gender'),
      column(residents, 'birthDate'),
      column(residents, 'idNumber'),
      column(residents, 'phone'),
      column(residents, 'memberSince'),
      column(residents, 'diedOn'),
    ],
  );
}
