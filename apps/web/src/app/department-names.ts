import { useDepartmentNamesQuery } from '../graphql/generated';

/** Names departments given by code (e.g. 区住建局 for HOUSING_CONSTRUCTION); the code itself until the list has loaded. */
export function useDepartmentNames(): (codes: readonly string[]) => string {
  const { data } = useDepartmentNamesQuery();
  const names = new Map(
    (data?.departments.nodes ?? []).map((department) => [department.code, department.name]),
  );
  return (codes) => codes.map((code) => names.get(code) ?? code).join('、');
}
