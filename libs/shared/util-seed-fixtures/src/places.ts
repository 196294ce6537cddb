import { stableId } from './stable-id';

export type RegionLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY';
export type GridCellKind = 'COMMUNITY' | 'ENTERPRISE_EXCLUSIVE';

export interface RegionFixture {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A ring of [lng, lat] points, closed (first = last), as in GeoJSON. */
export type Ring = Array<[number, number]>;

export interface GridCellFixture {
  id: string;
  code: string;
  name: string;
  kind: GridCellKind;
  regionCode: string;
  boundary: Ring;
}

export interface DepartmentFixture {
  id: string;
  code: string;
  name: string;
}

export interface GridWorkerFixture {
  id: string;
  name: string;
  phone: string;
  cellCodes: string[];
}

export const regions: RegionFixture[] = [
  { code: '410103', name: '二七区', level: 'DISTRICT', parentCode: null },
  { code: '410103-HZ', name: '侯寨街道', level: 'STREET', parentCode: '410103' },
  { code: '410103-HZ-BGM', name: '八卦庙社区', level: 'COMMUNITY', parentCode: '410103-HZ' },
].map((region) => ({ ...region, id: stableId('region', region.code) }) as RegionFixture);

/** A rectangle south-west corner (lng, lat), 0.01° on a side: roughly 1 km by 1.1 km around Houzhai. */
function square(lng: number, lat: number): Ring {
  const size = 0.01;
  return [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ];
}

const community = '410103-HZ-BGM';
export const gridCells: GridCellFixture[] = [
  {
    code: 'BGM-C01',
    name: '八卦庙社区第一网格（凯旋路）',
    kind: 'COMMUNITY',
    regionCode: community,
    boundary: square(113.58, 34.68),
  },
  {
    code: 'BGM-C02',
    name: '八卦庙社区第二网格（晨雨路）',
    kind: 'COMMUNITY',
    regionCode: community,
    boundary: square(113.59, 34.68),
  },
  {
    code: 'BGM-C03',
    name: '八卦庙社区第三网格（晨霞路、八卦庙路）',
    kind: 'COMMUNITY',
    regionCode: community,
    boundary: square(113.6, 34.68),
  },
  {
    code: 'BGM-E01',
    name: '八方顺亿企业专属网格',
    kind: 'ENTERPRISE_EXCLUSIVE',
    regionCode: community,
    boundary: square(113.58, 34.69),
  },
  {
    code: 'BGM-E02',
    name: '企业联盟专属网格',
    kind: 'ENTERPRISE_EXCLUSIVE',
    regionCode: community,
    boundary: square(113.59, 34.69),
  },
  {
    code: 'BGM-E03',
    name: '贾鲁水镇文旅企业专属网格',
    kind: 'ENTERPRISE_EXCLUSIVE',
    regionCode: community,
    boundary: square(113.6, 34.69),
  },
].map((cell) => ({ ...cell, id: stableId('grid-cell', cell.code) }) as GridCellFixture);

export const departments: DepartmentFixture[] = [
  { code: 'MARKET_REGULATION', name: '二七区市场监督管理局' },
  { code: 'HUMAN_RESOURCES', name: '二七区人力资源和社会保障局' },
  { code: 'TAXATION', name: '国家税务总局郑州市二七区税务局' },
  { code: 'ADMINISTRATIVE_APPROVAL', name: '二七区行政审批和政务信息管理局' },
  { code: 'HOUSING_CONSTRUCTION', name: '二七区住房和城乡建设局' },
  { code: 'ECOLOGY_ENVIRONMENT', name: '郑州市生态环境局二七分局' },
  { code: 'EMERGENCY_MANAGEMENT', name: '二七区应急管理局' },
  { code: 'DEVELOPMENT_REFORM', name: '二七区发展和改革委员会' },
  { code: 'URBAN_MANAGEMENT', name: '二七区城市管理局' },
  { code: 'CULTURE_TOURISM', name: '二七区文化广电和旅游局' },
  { code: 'HOUZHAI_STREET_OFFICE', name: '侯寨街道办事处' },
].map((department) => ({ ...department, id: stableId('department', department.code) }));

// Role names rather than real people: the article names the party secretary, whom seed data need not use.
export const gridWorkers: GridWorkerFixture[] = [
  { key: 'worker-1', name: '网格员 王芳', phone: '13800000001', cellCodes: ['BGM-C01', 'BGM-E01'] },
  { key: 'worker-2', name: '网格员 刘洋', phone: '13800000002', cellCodes: ['BGM-C02', 'BGM-E02'] },
  { key: 'worker-3', name: '网格员 陈静', phone: '13800000003', cellCodes: ['BGM-C03', 'BGM-E03'] },
  {
    key: 'worker-4',
    name: '专属网格员 赵磊',
    phone: '13800000004',
    cellCodes: ['BGM-E01', 'BGM-E02', 'BGM-E03'],
  },
].map(({ key, ...worker }) => ({ ...worker, id: stableId('grid-worker', key) }));

export function gridCellByCode(code: string): GridCellFixture {
  const cell = gridCells.find((candidate) => candidate.code === code);
  if (!cell) throw new RangeError(`No seed grid cell ${code}`);
  return cell;
}

export function departmentByCode(code: string): DepartmentFixture {
  const department = departments.find((candidate) => candidate.code === code);
  if (!department) throw new RangeError(`No seed department ${code}`);
  return department;
}
