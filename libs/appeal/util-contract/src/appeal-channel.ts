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
  /** 营商环境体验官: a complaint at a 吐槽大会 or an officer's own experience of a service. */
  EXPERIENCE_OFFICER: 'EXPERIENCE_OFFICER',
  /** 万人助万企: a need found on a visit to an enterprise. */
  ENTERPRISE_VISIT: 'ENTERPRISE_VISIT',
  /** The Open311 GeoReport v2 face, for outside clients. */
  OPEN311: 'OPEN311',
  /** 社区走访意见: a resident's suggestion on a community visit (the 意见表 of a birthday visit). */
  COMMUNITY_VISIT: 'COMMUNITY_VISIT',
} as const;
export type AppealChannel = (typeof AppealChannel)[keyof typeof AppealChannel];

export const APPEAL_CHANNELS: readonly AppealChannel[] = Object.values(AppealChannel);
