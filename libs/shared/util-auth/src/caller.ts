/** Who may do what: the roles of the platform. */
export enum Role {
  /** 企业: its own enterprise, appeals and inspections. */
  ENTERPRISE = 'ENTERPRISE',
  /** 网格员: the enterprises and appeals of their cells. */
  GRID_WORKER = 'GRID_WORKER',
  /** 部门工作人员: the appeals dispatched to their department. */
  DEPARTMENT_STAFF = 'DEPARTMENT_STAFF',
  /** 志愿服务队队长: their team. */
  VOLUNTEER_LEAD = 'VOLUNTEER_LEAD',
  /** 志愿者: one volunteer of one team; signs itself up for shifts, checks in and out, takes on tasks. */
  VOLUNTEER = 'VOLUNTEER',
  /** 营商环境监督员: reads everything, keeps the undercover-supervision ledger. */
  SUPERVISOR = 'SUPERVISOR',
  /** 两代表一委员: a people's deputy or CPPCC member who files what their 调研 surveys find. */
  DEPUTY = 'DEPUTY',
  /** 街道社区收集员: subdistrict or community staff who collect enterprises' problems. */
  STREET_COLLECTOR = 'STREET_COLLECTOR',
  /** 营商环境吹哨报到热线 operator: files what callers report. */
  HOTLINE_OPERATOR = 'HOTLINE_OPERATOR',
  /** 营商环境体验官: an entrepreneur who reports from experience; bound to its enterprise. */
  EXPERIENCE_OFFICER = 'EXPERIENCE_OFFICER',
  /** 顾问团 member: answers as an adviser, writes advice notes to departments. */
  ADVISER = 'ADVISER',
  /** 纪检 officer: handles misconduct cases (问题讲评), which no one else sees. */
  DISCIPLINE_OFFICER = 'DISCIPLINE_OFFICER',
  /** 区领导: the cases on their ledger (领导领办). */
  LEADER = 'LEADER',
  /** 社区工作人员: a community's residents, allowances, birthday visits and aid; bound to its community. */
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  /** 社区居民: one resident; sees its own household, its payments and what became of its suggestions. */
  RESIDENT = 'RESIDENT',
  ADMIN = 'ADMIN',
}

/** The verified identity of whoever sent a request; scopes come from the token's claims. */
export type Caller =
  | { kind: 'anonymous' }
  /** One of our own services (the gateway, a subgraph asking another): may resolve references, sees no user's data by itself. */
  | { kind: 'service'; subject: string }
  | {
      kind: 'user';
      /** The token's `sub`. */
      subject: string;
      role: Role;
      name?: string;
      /** ENTERPRISE and EXPERIENCE_OFFICER: the enterprise they act for. */
      enterpriseId?: string;
      /** GRID_WORKER: the cells assigned to them. */
      gridCellIds?: string[];
      /** DEPARTMENT_STAFF: their department's code. */
      departmentCode?: string;
      /** VOLUNTEER_LEAD and VOLUNTEER: their team's code. */
      teamCode?: string;
      /** VOLUNTEER: the volunteer (志愿者) they are. */
      volunteerId?: string;
      /** COMMUNITY_STAFF: the region code of their community (e.g. 八卦庙社区 410103-HZ-BGM). */
      communityCode?: string;
      /** RESIDENT: the resident (居民) they are. */
      residentId?: string;
    };

export type UserCaller = Extract<Caller, { kind: 'user' }>;

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** What timelines and logs record as the actor, e.g. `GRID_WORKER:8f3c…` or `anonymous`. */
export function actorOf(caller: Caller): string {
  if (caller.kind === 'user') return `${caller.role}:${caller.name ?? caller.subject}`;
  return caller.kind === 'service' ? `service:${caller.subject}` : 'anonymous';
}
