import { Role } from '@erqi/shared/util-auth';
import { AppealChannel } from './appeal-channel';

/** The roles that file appeals in their own name, each through exactly one channel (docs/DOMAIN.md, "ways in"). */
export const FILING_ROLE_CHANNELS = {
  /** 郑好拍: an enterprise files for itself. */
  [Role.ENTERPRISE]: AppealChannel.ENTERPRISE_APP,
  /** 网格员代办: for the enterprises of its cells. */
  [Role.GRID_WORKER]: AppealChannel.GRID_WORKER,
  /** 营商环境吹哨报到热线: what callers report. */
  [Role.HOTLINE_OPERATOR]: AppealChannel.HOTLINE,
  /** 区领导联系企业: for the enterprises the leader liaises with. */
  [Role.LEADER]: AppealChannel.LEADER_LIAISON,
  /** 两代表一委员 调研. */
  [Role.DEPUTY]: AppealChannel.DEPUTY_SURVEY,
  /** 街道社区 collection. */
  [Role.STREET_COLLECTOR]: AppealChannel.COMMUNITY_COLLECTION,
  /** 体验官, from its own experience of a service. */
  [Role.EXPERIENCE_OFFICER]: AppealChannel.EXPERIENCE_OFFICER,
} as const satisfies Partial<Record<Role, AppealChannel>>;

/** A role that files appeals through a channel of its own. */
export type FilingRole = keyof typeof FILING_ROLE_CHANNELS;

export const FILING_ROLES: readonly FilingRole[] = Object.keys(
  FILING_ROLE_CHANNELS,
) as FilingRole[];

/**
 * Every way an appeal can enter: filed by a person of a filing role, recorded as a complaint at a
 * 吐槽大会 (roast session), raised as a need found on a 万人助万企 visit, or posted to the Open311 face.
 */
export type EntryPoint =
  | { kind: 'FILED_BY'; role: FilingRole }
  /** 吐槽大会: a complaint recorded at a roast session. */
  | { kind: 'ROAST_COMPLAINT' }
  /** 万人助万企: a need found on a visit to an enterprise. */
  | { kind: 'ENTERPRISE_VISIT_NEED' }
  /** The Open311 GeoReport v2 face, for outside clients. */
  | { kind: 'OPEN311' }
  /** 意见表: a resident's suggestion on a community visit, sent by the grid service. */
  | { kind: 'COMMUNITY_VISIT_SUGGESTION' };

/**
 * The one table from how an appeal enters to its channel. Services set an appeal's channel from
 * this, never from what a caller claims.
 */
export function channelOfEntry(entry: EntryPoint): AppealChannel {
  switch (entry.kind) {
    case 'FILED_BY':
      return FILING_ROLE_CHANNELS[entry.role];
    case 'ROAST_COMPLAINT':
      return AppealChannel.EXPERIENCE_OFFICER;
    case 'ENTERPRISE_VISIT_NEED':
      return AppealChannel.ENTERPRISE_VISIT;
    case 'OPEN311':
      return AppealChannel.OPEN311;
    case 'COMMUNITY_VISIT_SUGGESTION':
      return AppealChannel.COMMUNITY_VISIT;
  }
}

/** Whether a role files through a channel of its own (and so `channelOfEntry` knows its channel). */
export function isFilingRole(role: Role): role is FilingRole {
  return Object.prototype.hasOwnProperty.call(FILING_ROLE_CHANNELS, role);
}

/** The channel a caller of this role files through, or null for a role that files through none. */
export function channelOfRole(role: Role): AppealChannel | null {
  return isFilingRole(role) ? channelOfEntry({ kind: 'FILED_BY', role }) : null;
}
