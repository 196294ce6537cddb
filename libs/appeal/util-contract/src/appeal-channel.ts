/** 四把哨: the whistles through which an enterprise problem arrives, plus the enterprise's own app. */
export const AppealChannel = {
  /** 郑好拍: the enterprise-appeal module of the grid platform. */
  ENTERPRISE_APP: 'ENTERPRISE_APP',
  /** Filed by the grid worker (网格员) of the enterprise's cell. */
  GRID_WORKER: 'GRID_WORKER',
  /** The business-environment hotline. */
  HOTLINE: 'HOTLINE',
  /** A district leader who liaises with key enterprises and projects. */
  LEADER_LIAISON: 'LEADER_LIAISON',
  /** 两代表一委员: surveys by people's deputies and political-consultative members. */
  DEPUTY_SURVEY: 'DEPUTY_SURVEY',
  /** Problems collected by subdistricts and communities. */
  COMMUNITY_COLLECTION: 'COMMUNITY_COLLECTION',
} as const;
export type AppealChannel = (typeof AppealChannel)[keyof typeof AppealChannel];

export const APPEAL_CHANNELS: readonly AppealChannel[] = Object.values(AppealChannel);
