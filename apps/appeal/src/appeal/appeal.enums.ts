import { registerEnumType } from 'type-graphql';

/** Where an appeal is on the closed loop 集中受理 → 直办转办 → 调查处理 → 结案反馈 → 评价回访 → 整改提升. */
export enum AppealStatus {
  /** 已提交: received, not yet taken in. */
  SUBMITTED = 'SUBMITTED',
  /** 集中受理: taken in and registered. */
  ACCEPTED = 'ACCEPTED',
  /** 直办: the lead department handles it directly. */
  HANDLING = 'HANDLING',
  /** 转办: passed on to the department that can act. */
  TRANSFERRED = 'TRANSFERRED',
  /** 结案反馈: handled, feedback given to the enterprise. */
  RESOLVED = 'RESOLVED',
  /** 评价回访: the enterprise has rated the result on a return visit. */
  EVALUATED = 'EVALUATED',
  /** 办结: closed. */
  CLOSED = 'CLOSED',
  /** 整改提升: the evaluation was unsatisfied, so the case is back in handling. */
  REOPENED = 'REOPENED',
}
registerEnumType(AppealStatus, { name: 'AppealStatus', description: 'Where an appeal is on the closed loop, from intake to evaluation' });

/** Why an appeal was closed. */
export enum ClosureReason {
  /** 办结: closed after a satisfied (3–5) evaluation. */
  EVALUATED = 'EVALUATED',
  /** Nobody evaluated it within the evaluation window: recorded as no response, not as satisfied. */
  NO_RESPONSE = 'NO_RESPONSE',
  /** A duplicate, merged into the earlier appeal it repeats. */
  MERGED = 'MERGED',
}
registerEnumType(ClosureReason, { name: 'ClosureReason', description: 'Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate' });

/** 领导领办: the four ways a case is led, each with its own deadline. */
export enum HandlingMode {
  /** 急事即知即办: urgent, handled the moment it is known. */
  URGENT = 'URGENT',
  /** 难事建账领办: hard, put on a ledger and led by a leader. */
  LEDGER = 'LEDGER',
  /** 愁事合力共办: worrying, several departments handle it together. */
  JOINT = 'JOINT',
  /** 盼事跟踪盯办: hoped-for, tracked until done. */
  TRACKED = 'TRACKED',
}
registerEnumType(HandlingMode, { name: 'HandlingMode', description: 'How a case is led (领导领办); sets its deadline' });

/** 四把哨: the whistles through which an enterprise problem arrives, plus the enterprise's own app. */
export enum AppealChannel {
  /** 郑好拍: the enterprise-appeal module of the grid platform. */
  ENTERPRISE_APP = 'ENTERPRISE_APP',
  /** Filed by the grid worker (网格员) of the enterprise's cell. */
  GRID_WORKER = 'GRID_WORKER',
  /** The business-environment hotline. */
  HOTLINE = 'HOTLINE',
  /** A district leader who liaises with key enterprises and projects. */
  LEADER_LIAISON = 'LEADER_LIAISON',
  /** 两代表一委员: surveys by people's deputies and political-consultative members. */
  DEPUTY_SURVEY = 'DEPUTY_SURVEY',
  /** Problems collected by subdistricts and communities. */
  COMMUNITY_COLLECTION = 'COMMUNITY_COLLECTION',
}
registerEnumType(AppealChannel, { name: 'AppealChannel', description: 'How the appeal reached us (郑好拍 or one of the four whistles)' });

/** The channel's name as users read it, e.g. in timeline notes. */
export const CHANNEL_LABELS: Record<AppealChannel, string> = {
  [AppealChannel.ENTERPRISE_APP]: '郑好拍',
  [AppealChannel.GRID_WORKER]: '网格员代办',
  [AppealChannel.HOTLINE]: '营商环境热线',
  [AppealChannel.LEADER_LIAISON]: '区领导联系企业',
  [AppealChannel.DEPUTY_SURVEY]: '两代表一委员走访',
  [AppealChannel.COMMUNITY_COLLECTION]: '街道社区收集',
};

/** Who files an appeal that arrives through each channel; the timeline's actor until callers are identified. */
export const CHANNEL_ACTORS: Record<AppealChannel, string> = {
  [AppealChannel.ENTERPRISE_APP]: 'enterprise',
  [AppealChannel.GRID_WORKER]: 'grid-worker',
  [AppealChannel.HOTLINE]: 'hotline-operator',
  [AppealChannel.LEADER_LIAISON]: 'district-leader',
  [AppealChannel.DEPUTY_SURVEY]: 'deputy',
  [AppealChannel.COMMUNITY_COLLECTION]: 'community',
};

/** The first timeline entry's note: how the appeal arrived. */
export function submissionNote(channel: AppealChannel): string {
  return `通过${CHANNEL_LABELS[channel]}（${channel}）提交诉求`;
}
