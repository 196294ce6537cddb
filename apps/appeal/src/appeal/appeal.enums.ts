import {
  AppealChannel,
  AppealStatus,
  ClosureReason,
  HandlingMode,
} from '@erqi/appeal/util-contract';
import { registerEnumType } from 'type-graphql';

export { AppealChannel, AppealStatus, ClosureReason, HandlingMode };

// The vocabulary is shared with other services (libs/appeal/util-contract); here it gets its GraphQL names.
registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description: 'Where an appeal is on the closed loop, from intake to evaluation',
});
registerEnumType(ClosureReason, {
  name: 'ClosureReason',
  description:
    'Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate',
});
registerEnumType(HandlingMode, {
  name: 'HandlingMode',
  description: 'How a case is led (领导领办); sets its deadline',
});
registerEnumType(AppealChannel, {
  name: 'AppealChannel',
  description: 'How the appeal reached us (郑好拍 or one of the four whistles)',
});

/** The channel's name as users read it, e.g. in timeline notes. */
export const CHANNEL_LABELS: Record<AppealChannel, string> = {
  [AppealChannel.ENTERPRISE_APP]: '郑好拍',
  [AppealChannel.GRID_WORKER]: '网格员代办',
  [AppealChannel.HOTLINE]: '营商环境热线',
  [AppealChannel.LEADER_LIAISON]: '区领导联系企业',
  [AppealChannel.DEPUTY_SURVEY]: '两代表一委员走访',
  [AppealChannel.COMMUNITY_COLLECTION]: '街道社区收集',
  [AppealChannel.EXPERIENCE_OFFICER]: '营商环境体验官',
  [AppealChannel.ENTERPRISE_VISIT]: '万人助万企走访',
  [AppealChannel.OPEN311]: 'Open311',
  [AppealChannel.COMMUNITY_VISIT]: '社区走访意见',
};

/** Who files an appeal that arrives through each channel; the timeline's actor until callers are identified. */
export const CHANNEL_ACTORS: Record<AppealChannel, string> = {
  [AppealChannel.ENTERPRISE_APP]: 'enterprise',
  [AppealChannel.GRID_WORKER]: 'grid-worker',
  [AppealChannel.HOTLINE]: 'hotline-operator',
  [AppealChannel.LEADER_LIAISON]: 'district-leader',
  [AppealChannel.DEPUTY_SURVEY]: 'deputy',
  [AppealChannel.COMMUNITY_COLLECTION]: 'community',
  [AppealChannel.EXPERIENCE_OFFICER]: 'experience-officer',
  [AppealChannel.ENTERPRISE_VISIT]: 'enterprise-visit',
  [AppealChannel.OPEN311]: 'open311',
  [AppealChannel.COMMUNITY_VISIT]: 'community-visit',
};

/**
 * The first timeline entry's note: how the appeal arrived and, when a person filed it, who (role and
 * name), e.g. `区人大代表 一号（DEPUTY）通过两代表一委员走访（DEPUTY_SURVEY）提交诉求`.
 */
export function submissionNote(
  channel: AppealChannel,
  filedBy?: { role: string; name?: string; subject: string },
): string {
  const how = `通过${CHANNEL_LABELS[channel]}（${channel}）提交诉求`;
  return filedBy ? `${filedBy.name ?? filedBy.subject}（${filedBy.role}）${how}` : how;
}

/** The handling modes by their district names, for timeline notes. */
export const HANDLING_MODE_LABELS: Record<HandlingMode, string> = {
  [HandlingMode.URGENT]: '急事即知即办',
  [HandlingMode.LEDGER]: '难事建账领办',
  [HandlingMode.JOINT]: '愁事合力共办',
  [HandlingMode.TRACKED]: '盼事跟踪盯办',
};
