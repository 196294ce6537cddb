import { registerEnumType } from 'type-graphql';

/** The groups 监督员 are chosen from (从不同群体中选聘). */
export enum SupervisorGroup {
  /** 人大代表 */
  DEPUTY = 'DEPUTY',
  /** 政协委员 */
  CPPCC_MEMBER = 'CPPCC_MEMBER',
  /** 新闻媒体 */
  MEDIA = 'MEDIA',
  /** 律师、会计师等专业人士 */
  PROFESSIONAL = 'PROFESSIONAL',
  /** 社区居民 */
  RESIDENT = 'RESIDENT',
  /** 企业代表 */
  ENTERPRISE = 'ENTERPRISE',
}

/** Where a member of a team stands: serving, term over, or suspended. */
export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(SupervisorGroup, {
  name: 'SupervisorGroup',
  description: 'The group a 监督员 was chosen from',
});
registerEnumType(MemberStatus, { name: 'MemberStatus' });
