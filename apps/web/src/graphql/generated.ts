/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as Apollo from '@apollo/client';
const defaultOptions = {} as const;
/** A new post (岗位): a duty at a place of an activity, for one team */
export type AddVolunteerPostInput = {
  activityId: string;
  duty: VolunteerDuty;
  /** Where the post stands, e.g. 北入口游客服务点 */
  place: string;
  teamId: string;
};

/** A new shift (班次) at a post, starting on one of the activity's days */
export type AddVolunteerShiftInput = {
  /** After startsAt, at most 24 hours later */
  endsAt: string;
  postId: string;
  /** Volunteers needed, at least 1 */
  requiredHeadcount: number;
  startsAt: string;
};

export type AidCaseStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED';

/** 大病帮扶, 上学兜底 or the degree bonus */
export type AidKind =
  | 'DEGREE_BONUS'
  | 'SCHOOLING'
  | 'SERIOUS_ILLNESS';

/** How the appeal reached us (郑好拍 or one of the four whistles) */
export type AppealChannel =
  | 'COMMUNITY_COLLECTION'
  | 'COMMUNITY_VISIT'
  | 'DEPUTY_SURVEY'
  | 'ENTERPRISE_APP'
  | 'ENTERPRISE_VISIT'
  | 'EXPERIENCE_OFFICER'
  | 'GRID_WORKER'
  | 'HOTLINE'
  | 'LEADER_LIAISON'
  | 'OPEN311';

/** Where an appeal is on the closed loop, from intake to evaluation */
export type AppealStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'EVALUATED'
  | 'HANDLING'
  | 'REOPENED'
  | 'RESOLVED'
  | 'SUBMITTED'
  | 'TRANSFERRED';

/** An application for a matter of the list (办件) */
export type ApplyForServiceMatterInput = {
  channel: ServiceChannel;
  commitment?: ServiceCommitmentInput | null | undefined;
  /** 容缺: deferrable materials missing now, to be supplied by supplyBy */
  deferredMaterials?: Array<string> | null | undefined;
  /** Your own enterprise (the token's); may be left out */
  enterpriseId?: string | null | undefined;
  /** The matter, by its code in the list (no approval outside it: 十不准) */
  matterCode: string;
  /** The materials handed in, by code */
  submittedMaterials: Array<string>;
  /** 容缺: when the missing materials will be supplied; in the future, before the matter is due */
  supplyBy?: string | null | undefined;
};

/** An application for a subsidy under a published policy */
export type ApplyForSubsidyInput = {
  /** ENTERPRISE: leave out (its own); ADMIN: required */
  enterpriseId?: string | null | undefined;
  policyId: string;
  /** In yuan: 0 or more, at most the policy's cap */
  requestedAmount: number;
};

/** PENDING 待银行答复, ACCEPTED 银行已受理/同意, DECLINED 银行婉拒 */
export type BankAnswer =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate */
export type ClosureReason =
  | 'EVALUATED'
  | 'MERGED'
  | 'NO_RESPONSE';

/** 告知承诺核查: PENDING 待核查, HONOURED 属实, BREACHED 不实 */
export type CommitmentVerification =
  | 'BREACHED'
  | 'HONOURED'
  | 'PENDING';

/** PROHIBITION (无事不扰十不准) or OBLIGATION (有事办好十必须) */
export type ConductRuleKind =
  | 'OBLIGATION'
  | 'PROHIBITION';

/** A new 吐槽大会 session */
export type CreateRoastSessionInput = {
  /** The experience officers attending, at least one */
  attendingOfficerIds: Array<string>;
  /** The day (YYYY-MM-DD) */
  heldOn: string;
  place: string;
  topic?: string | null | undefined;
};

/** A new volunteer activity (志愿活动) */
export type CreateVolunteerActivityInput = {
  /** Stable code, capitals, digits and _, e.g. SPRING_FAIR_2025 */
  code: string;
  /** Last day (inclusive), not before startsOn */
  endsOn: unknown;
  location: string;
  name: string;
  /** Visits reported by the organisers, ≥ 0 */
  reportedVisits?: number | null | undefined;
  /** First day, Asia/Shanghai */
  startsOn: unknown;
};

/** LEAD handles the case, ASSISTING departments help, VOLUNTEER teams take a task */
export type DispatchRole =
  | 'ASSISTING'
  | 'LEAD'
  | 'VOLUNTEER';

/** Whether a dispatch went to a department or to a volunteer team */
export type DispatchTargetKind =
  | 'DEPARTMENT'
  | 'VOLUNTEER_TEAM';

/** OPEN → RECTIFYING → RECTIFIED → VERIFIED (对账销号); a rejected rectification goes back to RECTIFYING */
export type FindingStatus =
  | 'OPEN'
  | 'RECTIFIED'
  | 'RECTIFYING'
  | 'VERIFIED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GridCellKind =
  | 'COMMUNITY'
  | 'ENTERPRISE_EXCLUSIVE';

/** How a case is led (领导领办); sets its deadline */
export type HandlingMode =
  | 'JOINT'
  | 'LEDGER'
  | 'TRACKED'
  | 'URGENT';

/** A 万人助万企 visit and the needs heard */
export type LogEnterpriseVisitInput = {
  enterpriseId: string;
  /** The needs heard, at most 20 */
  needs?: Array<VisitNeedInput>;
  /** What was talked about; 1 to 2000 characters */
  summary: string;
  /** When it took place; now when left out */
  visitedAt?: string | null | undefined;
};

/** 调研: a visit a LEADER logs against one or more of its cases */
export type LogLeaderVisitInput = {
  /** The cases (that the leader sees) the visit concerns */
  appealIds: Array<string>;
  /** The enterprise visited, if one was */
  enterpriseId?: string | null | undefined;
  /** What was found */
  findings: string;
  /** Where the leader went */
  place: string;
  /** The day of the visit, YYYY-MM-DD; not in the future */
  visitedOn: string;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'SUSPENDED';

/** REPORTED → ACCEPTED → ROUTED → INVESTIGATED → CONCLUDED → FOLLOWED_UP → RECTIFIED → REVIEWED (讲评) */
export type MisconductCaseStatus =
  | 'ACCEPTED'
  | 'CONCLUDED'
  | 'FOLLOWED_UP'
  | 'INVESTIGATED'
  | 'RECTIFIED'
  | 'REPORTED'
  | 'REVIEWED'
  | 'ROUTED';

/** 集中受理 CENTRAL_INTAKE → 直办转办 DIRECT_OR_TRANSFER → 调查处理 INVESTIGATION → 结案反馈 CLOSURE_FEEDBACK → 评价回访 FOLLOW_UP_VISIT → 整改提升 RECTIFICATION */
export type MisconductStep =
  | 'CENTRAL_INTAKE'
  | 'CLOSURE_FEEDBACK'
  | 'DIRECT_OR_TRANSFER'
  | 'FOLLOW_UP_VISIT'
  | 'INVESTIGATION'
  | 'RECTIFICATION';

/** INDUSTRY 行业, SIZE 企业规模, FOUNDED 成立时间, HIGH_TECH 高新技术企业, SPECIALISED_NEW 专精特新, GRID_CELL 网格/区域, WINDOW 申报期, AMOUNT 金额, TERM 期限 */
export type PolicyCriterion =
  | 'AMOUNT'
  | 'FOUNDED'
  | 'GRID_CELL'
  | 'HIGH_TECH'
  | 'INDUSTRY'
  | 'SIZE'
  | 'SPECIALISED_NEW'
  | 'TERM'
  | 'WINDOW';

/** An enterprise's financing need */
export type PostFinancingNeedInput = {
  /** In yuan, more than 0 */
  amount: number;
  /** ENTERPRISE: leave out (its own); ADMIN: required */
  enterpriseId?: string | null | undefined;
  /** Needed by, YYYY-MM-DD; not in the past */
  neededBy?: string | null | undefined;
  /** 1 to 500 characters */
  purpose: string;
  /** In months */
  termMonths: number;
};

/** Where an issue on a project ledger stands */
export type ProjectLedgerStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** PENDING 待兑现, FULFILLED 已兑现, OVERDUE 逾期未兑现 (escalated once) */
export type PromiseState =
  | 'FULFILLED'
  | 'OVERDUE'
  | 'PENDING';

/** How a need is to be filed as an appeal */
export type RaiseVisitNeedInput = {
  /** The appeal category code (query appealCategories), e.g. POLICY_SUBSIDY */
  category?: string;
  /** URGENT 即知即办, LEDGER 建账领办, JOINT 合力共办 or TRACKED 跟踪盯办 */
  handlingMode?: string;
  /** The appeal's title; the need's first 60 characters when left out */
  title?: string | null | undefined;
};

/** A birthday visit and the 意见表 answers */
export type RecordBirthdayVisitInput = {
  health?: string | null | undefined;
  needs?: string | null | undefined;
  residentId: string;
  satisfaction?: number | null | undefined;
  /** Given: becomes an appeal in the same step */
  suggestion?: string | null | undefined;
  /** YYYY-MM-DD, in the birthday month, not in the future */
  visitedOn: string;
};

/** A complaint raised at a 吐槽大会, filed as an appeal in the same step */
export type RecordRoastComplaintInput = {
  /** A category code, one of `appealCategories { code }` */
  category: string;
  description: string;
  /** The enterprise concerned; by default the officer’s own (when it is in the registry) */
  enterpriseId?: string | null | undefined;
  handlingMode?: HandlingMode;
  /** The experience officer who raised it; must be attending */
  officerId: string;
  title: string;
};

/** A problem found on undercover supervision (暗访督导), to be rectified by a department */
export type RecordSupervisionFindingInput = {
  /** The department that must rectify, e.g. URBAN_MANAGEMENT */
  departmentCode: string;
  /** 1 to 5000 characters */
  description: string;
  /** When it was found; now if not given, never in the future */
  foundAt?: string | null | undefined;
  /** When it must be rectified: after foundAt and after now */
  rectifyBy: string;
  /** The rule of conduct it breaks (十不准 / 十必须), a code of conductRules, e.g. NO-02 */
  ruleCode: string;
  /** 1 to 200 characters */
  title: string;
};

/** Who joins which volunteer team */
export type RegisterVolunteerInput = {
  /** Leading and trailing spaces are dropped */
  name: string;
  /** Mobile number, 11 digits starting with 1, e.g. 13700000001 */
  phone: string;
  /** What the volunteer can do, e.g. FIRST_AID (急救) */
  skills?: Array<VolunteerSkill> | null | undefined;
  teamId: string;
};

/** 征迁/回迁: not relocated, relocated (settled elsewhere), awaiting 回迁, returned */
export type RelocationStatus =
  | 'AWAITING_RETURN'
  | 'NOT_RELOCATED'
  | 'RELOCATED'
  | 'RETURNED';

/** A misconduct case (违法违纪案件): who, which department, which rules broken, what happened */
export type ReportMisconductCaseInput = {
  /** The official’s department, e.g. URBAN_MANAGEMENT */
  departmentCode: string;
  /** The official concerned, by name */
  officialName: string;
  /** The official’s post */
  officialPost: string;
  /** The rules broken (codes of conductRules, e.g. NO-02), one to five */
  ruleCodes: Array<string>;
  /** What happened, 1 to 5000 characters */
  summary: string;
};

/** Which applications */
export type ServiceApplicationFilter = {
  departmentCode?: string | null | undefined;
  matterCode?: string | null | undefined;
  status?: ServiceApplicationStatus | null | undefined;
};

/** ACCEPTED 已受理, APPROVED 准予, REJECTED 不予, TERMINATED 容缺材料逾期未补终止, REVOKED 承诺不实撤销 */
export type ServiceApplicationStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'REVOKED'
  | 'TERMINATED';

/** ONLINE 网上办, WINDOW 窗口办 (线下) */
export type ServiceChannel =
  | 'ONLINE'
  | 'WINDOW';

/** 告知承诺: the commitment signed in place of some materials */
export type ServiceCommitmentInput = {
  /** The materials the commitment replaces */
  materials: Array<string>;
  /** Who signs for the enterprise; 1 to 100 characters */
  signerName: string;
  /** What the enterprise commits to; 10 to 2000 characters */
  text: string;
};

/** Which matters of the list */
export type ServiceMatterFilter = {
  /** Of this department only */
  departmentCode?: string | null | undefined;
  /** Withdrawn matters too (ADMIN and their departments) */
  includeWithdrawn?: boolean | null | undefined;
  /** Supporting this mode */
  mode?: ServiceMode | null | undefined;
  /** Name or code containing this text */
  search?: string | null | undefined;
};

/** 易企办 modes: 免证办, 跨省通办, 同城通办, 容缺受理+告知承诺 */
export type ServiceMode =
  | 'CROSS_PROVINCE'
  | 'DEFERRED_MATERIALS_WITH_COMMITMENT'
  | 'NO_CERTIFICATE'
  | 'SAME_CITY';

/** A new appeal (郑好拍), filed by or for an enterprise */
export type SubmitAppealInput = {
  /** A category code, one of `appealCategories { code }` */
  category: string;
  /** @deprecated The channel follows from who files (the filer’s role); leave it out. A value other than the filer’s own channel is refused. Only ADMIN, filing on behalf of a way in, names it. */
  channel?: AppealChannel | null | undefined;
  /** A UUID the device made for this submission (its offline queue): sent again with the same id, the appeal already filed is answered and nothing new is written */
  clientRequestId?: string | null | undefined;
  /** The details: 1 to 5000 characters */
  description: string;
  /** The enterprise the appeal is for; its grid cell is looked up from it */
  enterpriseId: string;
  /** Sets the deadline: URGENT 1 day, JOINT 5, LEDGER 15, TRACKED 30 */
  handlingMode: HandlingMode;
  /** Photos the caller uploaded to POST /photos and has not attached yet, at most 6, in the order to show them */
  photoIds?: Array<string> | null | undefined;
  /** What the problem is, in a line: 1 to 200 characters */
  title: string;
};

/** APPLIED 已申报, REVIEWED 已审核, APPROVED 已批准, PAID 已拨付, REJECTED 未通过 */
export type SubsidyStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED'
  | 'REVIEWED';

/** The group a 监督员 was chosen from */
export type SupervisorGroup =
  | 'CPPCC_MEMBER'
  | 'DEPUTY'
  | 'ENTERPRISE'
  | 'MEDIA'
  | 'PROFESSIONAL'
  | 'RESIDENT';

/** HIGH_END 高端人才, HIGH_LEVEL_OR_URGENT 高层次/急需紧缺人才, SKILLED_WORKER 新增技能人才, HIGHLY_SKILLED_WORKER 新增高技能人才 */
export type TalentCategory =
  | 'HIGHLY_SKILLED_WORKER'
  | 'HIGH_END'
  | 'HIGH_LEVEL_OR_URGENT'
  | 'SKILLED_WORKER';

/** One need the enterprise told its visitor */
export type VisitNeedInput = {
  /** 1 to 1000 characters */
  text: string;
};

/** What a post does: guidance (指引向导), order keeping (秩序维护), helping vulnerable groups (特殊群体帮扶), snow and ice clearing (除雪破冰) */
export type VolunteerDuty =
  /** 指引向导: showing visitors the way */
  | 'GUIDANCE'
  /** 特殊群体帮扶: helping the elderly, children and people with disabilities */
  | 'HELPING_VULNERABLE'
  /** 秩序维护: keeping order in the crowds */
  | 'ORDER_KEEPING'
  /** 除雪破冰: clearing snow and breaking ice */
  | 'SNOW_AND_ICE_CLEARING';

/** A skill (技能) a volunteer offers */
export type VolunteerSkill =
  /** 驾驶: driving */
  | 'DRIVING'
  /** 助老: care for the elderly */
  | 'ELDER_CARE'
  /** 急救: first aid */
  | 'FIRST_AID'
  /** 向导: guiding visitors */
  | 'GUIDING'
  /** 手语: sign language */
  | 'SIGN_LANGUAGE'
  /** 除雪: snow clearing */
  | 'SNOW_CLEARING';

/** Where a volunteer task is: OPEN → ACCEPTED (a member took it on) → IN_PROGRESS → DONE, never back */
export type VolunteerTaskStatus =
  | 'ACCEPTED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A 顾问团 advice note to a department */
export type WriteAdviceNoteInput = {
  content: string;
  /** The department addressed (required), e.g. MARKET_REGULATION */
  departmentCode: string;
  /** When the written response is due; in the future */
  respondBy: string;
  title: string;
};

export type AdviceNoteFieldsFragment = { id: string, author: string, departmentCode: string, title: string, content: string, writtenAt: string, respondBy: string, response: string | null, respondedBy: string | null, respondedAt: string | null, escalatedAt: string | null };

export type AdviceNotesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  awaitingResponse?: boolean | null | undefined;
}>;


export type AdviceNotesQuery = { adviceNotes: { totalCount: number, nodes: Array<{ id: string, author: string, departmentCode: string, title: string, content: string, writtenAt: string, respondBy: string, response: string | null, respondedBy: string | null, respondedAt: string | null, escalatedAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdviceDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviceDepartmentsQuery = { departments: { nodes: Array<{ code: string, name: string }> } };

export type WriteAdviceNoteMutationVariables = Exact<{
  input: WriteAdviceNoteInput;
}>;


export type WriteAdviceNoteMutation = { writeAdviceNote: { id: string, author: string, departmentCode: string, title: string, content: string, writtenAt: string, respondBy: string, response: string | null, respondedBy: string | null, respondedAt: string | null, escalatedAt: string | null } };

export type RespondToAdviceNoteMutationVariables = Exact<{
  id: string;
  response: string;
}>;


export type RespondToAdviceNoteMutation = { respondToAdviceNote: { id: string, author: string, departmentCode: string, title: string, content: string, writtenAt: string, respondBy: string, response: string | null, respondedBy: string | null, respondedAt: string | null, escalatedAt: string | null } };

export type AppealListItemFragment = { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } };

export type MyAppealsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyAppealsQuery = { appeals: { totalCount: number, nodes: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AppealDetailQueryVariables = Exact<{
  id: string;
}>;


export type AppealDetailQuery = { appeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type AppealDetailFieldsFragment = { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } };

export type FilingChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingChoicesQuery = { appealCategories: Array<{ code: string, name: string }>, enterprises: { nodes: Array<{ id: string, name: string, gridCell: { id: string, code: string, name: string } }> } };

export type LocateGridCellQueryVariables = Exact<{
  lat: number;
  lng: number;
}>;


export type LocateGridCellQuery = { locateGridCell: { id: string, code: string, name: string } | null };

export type SubmitAppealMutationVariables = Exact<{
  input: SubmitAppealInput;
}>;


export type SubmitAppealMutation = { submitAppeal: { id: string, status: AppealStatus } };

export type AcceptAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type AcceptAppealMutation = { acceptAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type AddProgressNoteMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type AddProgressNoteMutation = { addProgressNote: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type EvaluateAppealMutationVariables = Exact<{
  id: string;
  rating: number;
  comment?: string | null | undefined;
}>;


export type EvaluateAppealMutation = { evaluateAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type CloseAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CloseAppealMutation = { closeAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type CollectiveEconomyQueryVariables = Exact<{ [key: string]: never; }>;


export type CollectiveEconomyQuery = { enterpriseAlliances: { nodes: Array<{ id: string, name: string, communityName: string, collectiveEnterpriseId: string | null, collectiveEnterpriseName: string | null, latestYear: number | null, totals: { year: number, memberCount: number, membersReporting: number, revenueYuan: number | null, jobsOffered: number, jobsFilled: number } | null, members: { totalCount: number, nodes: Array<{ enterpriseId: string, enterpriseName: string | null, joinedOn: string, sample: boolean }> } }> } };

export type CollectiveEnterpriseYearsQueryVariables = Exact<{
  enterpriseId: string;
  year: number;
}>;


export type CollectiveEnterpriseYearsQuery = { enterpriseYearFiguresHistory: Array<{ id: string, year: number, revenueYuan: number, plannedRevenueNextYearYuan: number, sample: boolean, source: string | null }>, enterpriseYearFiguresOfYear: { nodes: Array<{ id: string, enterpriseId: string, jobsOffered: number | null, jobsFilled: number | null, sample: boolean }> } };

export type CommunityResidentFragment = { id: string, name: string, gender: Gender, birthDate: string | null, age: number, phone: string | null, isMember: boolean, diedOn: string | null, masked: boolean };

export type CommunityHouseholdsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CommunityHouseholdsQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, originalAddress: string, currentAddress: string | null, relocationStatus: RelocationStatus, members: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, age: number, phone: string | null, isMember: boolean, diedOn: string | null, masked: boolean }> }> }, relocationFigures: { households: number, relocated: number, relocatedPercent: number, awaitingReturn: number, returned: number } };

export type CommunityAllowanceRunQueryVariables = Exact<{
  month: string;
}>;


export type CommunityAllowanceRunQuery = { allowanceRun: { month: string, amountYuan: number, count: number, totalYuan: number, lines: Array<{ id: string, amountYuan: number, ageOnFirst: number, resident: { id: string, name: string } }> } };

export type CommunityRunAllowanceMutationVariables = Exact<{
  month: string;
}>;


export type CommunityRunAllowanceMutation = { runAllowance: { month: string, count: number, totalYuan: number, paidNow: number } };

export type CommunityBirthdaysQueryVariables = Exact<{
  month: string;
}>;


export type CommunityBirthdaysQuery = { birthdayVisits: { month: string, totalCount: number, visitedCount: number, nodes: Array<{ birthday: string, turning: number, resident: { id: string, name: string }, visit: { id: string, visitedOn: string, answers: { satisfaction: number | null, suggestion: string | null }, suggestion: { id: string, appeal: { id: string } } | null } | null }> } };

export type CommunityRecordVisitMutationVariables = Exact<{
  input: RecordBirthdayVisitInput;
}>;


export type CommunityRecordVisitMutation = { recordBirthdayVisit: { id: string, visitedOn: string } };

export type CommunityAidCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityAidCasesQuery = { aidCases: { totalCount: number, nodes: Array<{ id: string, ruleCode: string, kind: AidKind, status: AidCaseStatus, amountYuan: number, appliedAt: string, resident: { id: string, name: string } }> } };

export type CommunityReviewAidMutationVariables = Exact<{
  id: string;
  approve: boolean;
}>;


export type CommunityReviewAidMutation = { reviewAidCase: { id: string, status: AidCaseStatus } };

export type CommunityPayAidMutationVariables = Exact<{
  id: string;
}>;


export type CommunityPayAidMutation = { payAidCase: { id: string, status: AidCaseStatus } };

export type MyHouseholdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHouseholdQuery = { households: { nodes: Array<{ id: string, code: string, originalAddress: string, currentAddress: string | null, relocationStatus: RelocationStatus, members: Array<{ id: string, name: string, gender: Gender, birthDate: string | null, age: number, phone: string | null, isMember: boolean, diedOn: string | null, masked: boolean }> }> }, householdLedger: { totalYuan: number, entries: Array<{ kind: string, reference: string, amountYuan: number, paidAt: string }> }, communitySuggestions: Array<{ id: string, text: string, raisedAt: string, appeal: { id: string, status: AppealStatus, dueAt: string, feedback: string | null, leadDepartment: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, toStatus: AppealStatus, note: string }> } }> };

export type ResidentSuggestionAppealFragment = { id: string, status: AppealStatus, dueAt: string, feedback: string | null, leadDepartment: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, toStatus: AppealStatus, note: string }> };

export type DeskDispatchFragment = { id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null };

export type DeskAppealSummaryFragment = { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> };

export type DeskAppealsQueryVariables = Exact<{
  first: number;
}>;


export type DeskAppealsQuery = { appeals: { totalCount: number, nodes: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> }> } };

export type DeskAppealQueryVariables = Exact<{
  id: string;
}>;


export type DeskAppealQuery = { appeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, leaderName: string | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, leadDepartment: { id: string, code: string, name: string } | null, gridCell: { id: string, code: string, name: string }, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskDepartmentsQuery = { departments: { nodes: Array<{ id: string, code: string, name: string }> } };

export type AcknowledgeDispatchMutationVariables = Exact<{
  appealId: string;
  departmentCode: string;
}>;


export type AcknowledgeDispatchMutation = { acknowledgeDispatch: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskAcceptAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type DeskAcceptAppealMutation = { acceptAppeal: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskHandleAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type DeskHandleAppealMutation = { handleAppeal: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskTransferAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  departmentCodes: Array<string> | string;
}>;


export type DeskTransferAppealMutation = { transferAppeal: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskResolveAppealMutationVariables = Exact<{
  id: string;
  feedback: string;
}>;


export type DeskResolveAppealMutation = { resolveAppeal: { feedback: string | null, resolvedAt: string | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, category: { code: string, name: string }, dispatches: Array<{ id: string, targetKind: DispatchTargetKind, targetCode: string, role: DispatchRole, dispatchedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, acknowledgeWorkingMinutesLeft: number | null, department: { id: string, name: string } | null }> } };

export type DeskFindingFragment = { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean };

export type DeskFindingsQueryVariables = Exact<{
  departmentCode?: string | null | undefined;
}>;


export type DeskFindingsQuery = { supervisionFindings: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean }> } };

export type DeskStartRectificationMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type DeskStartRectificationMutation = { startRectification: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean } };

export type DeskReportRectifiedMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type DeskReportRectifiedMutation = { reportRectified: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean } };

export type DisciplineRuleFragment = { code: string, kind: ConductRuleKind, text: string, fromSource: boolean };

export type DisciplineRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisciplineRulesQuery = { conductRules: { totalCount: number, nodes: Array<{ code: string, kind: ConductRuleKind, text: string, fromSource: boolean }> }, departments: { nodes: Array<{ id: string, code: string, name: string }> } };

export type DisciplineCaseRowFragment = { id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string }> };

export type DisciplineCasesQueryVariables = Exact<{
  status?: MisconductCaseStatus | null | undefined;
}>;


export type DisciplineCasesQuery = { misconductCases: { totalCount: number, nodes: Array<{ id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string }> }> } };

export type DisciplineCaseDetailFragment = { summary: string, review: string | null, lessons: string | null, reviewedBy: string | null, reviewedAt: string | null, id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string, kind: ConductRuleKind, fromSource: boolean }>, history: Array<{ id: string, at: string, actor: string, fromStatus: MisconductCaseStatus | null, toStatus: MisconductCaseStatus, note: string }> };

export type DisciplineCaseQueryVariables = Exact<{
  id: string;
}>;


export type DisciplineCaseQuery = { misconductCase: { summary: string, review: string | null, lessons: string | null, reviewedBy: string | null, reviewedAt: string | null, id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string, kind: ConductRuleKind, fromSource: boolean }>, history: Array<{ id: string, at: string, actor: string, fromStatus: MisconductCaseStatus | null, toStatus: MisconductCaseStatus, note: string }> } };

export type DisciplineReportCaseMutationVariables = Exact<{
  input: ReportMisconductCaseInput;
}>;


export type DisciplineReportCaseMutation = { reportMisconductCase: { id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string }> } };

export type DisciplineAdvanceCaseMutationVariables = Exact<{
  id: string;
  step: MisconductStep;
  note: string;
}>;


export type DisciplineAdvanceCaseMutation = { advanceMisconductCase: { summary: string, review: string | null, lessons: string | null, reviewedBy: string | null, reviewedAt: string | null, id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string, kind: ConductRuleKind, fromSource: boolean }>, history: Array<{ id: string, at: string, actor: string, fromStatus: MisconductCaseStatus | null, toStatus: MisconductCaseStatus, note: string }> } };

export type DisciplineReviewCaseMutationVariables = Exact<{
  id: string;
  review: string;
  lessons: string;
}>;


export type DisciplineReviewCaseMutation = { reviewMisconductCase: { summary: string, review: string | null, lessons: string | null, reviewedBy: string | null, reviewedAt: string | null, id: string, officialName: string, officialPost: string, departmentCode: string, status: MisconductCaseStatus, nextStep: MisconductStep | null, reportedBy: string, reportedAt: string, rules: Array<{ code: string, text: string, kind: ConductRuleKind, fromSource: boolean }>, history: Array<{ id: string, at: string, actor: string, fromStatus: MisconductCaseStatus | null, toStatus: MisconductCaseStatus, note: string }> } };

export type DisciplineFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type DisciplineFiguresQuery = { misconductFigures: { byDepartment: Array<{ departmentCode: string, total: number, open: number }>, byRule: Array<{ total: number, open: number, rule: { code: string, kind: ConductRuleKind, text: string } }> } };

export type ServiceApplicationSummaryFragment = { id: string, matterCode: string, matterName: string, departmentCode: string, channel: ServiceChannel, status: ServiceApplicationStatus, submittedMaterials: Array<string>, lookedUpMaterials: Array<string>, deferredMaterials: Array<string>, missingMaterials: Array<string>, committedMaterials: Array<string>, supplyBy: string | null, verification: CommitmentVerification | null, acceptedAt: string, dueAt: string, decidedAt: string | null, decisionNote: string | null, workingDaysLeft: number | null, overdue: boolean, escalatedAt: string | null };

export type ServiceMatterListQueryVariables = Exact<{
  first: number;
  filter?: ServiceMatterFilter | null | undefined;
}>;


export type ServiceMatterListQuery = { serviceMatters: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, departmentCode: string, legalDays: number, promisedDays: number, modes: Array<ServiceMode>, channels: Array<ServiceChannel>, highFrequency: boolean, listed: boolean, version: number, materials: Array<{ code: string, name: string, deferrable: boolean, replaceableByCommitment: boolean, certificateFree: boolean }> }> } };

export type ServiceApplicationListQueryVariables = Exact<{
  first: number;
  filter?: ServiceApplicationFilter | null | undefined;
}>;


export type ServiceApplicationListQuery = { serviceApplications: { totalCount: number, nodes: Array<{ id: string, matterCode: string, matterName: string, departmentCode: string, channel: ServiceChannel, status: ServiceApplicationStatus, submittedMaterials: Array<string>, lookedUpMaterials: Array<string>, deferredMaterials: Array<string>, missingMaterials: Array<string>, committedMaterials: Array<string>, supplyBy: string | null, verification: CommitmentVerification | null, acceptedAt: string, dueAt: string, decidedAt: string | null, decisionNote: string | null, workingDaysLeft: number | null, overdue: boolean, escalatedAt: string | null, enterprise: { id: string, name: string } }> } };

export type ApplyForServiceMatterMutationVariables = Exact<{
  input: ApplyForServiceMatterInput;
}>;


export type ApplyForServiceMatterMutation = { applyForServiceMatter: { id: string, matterCode: string, matterName: string, departmentCode: string, channel: ServiceChannel, status: ServiceApplicationStatus, submittedMaterials: Array<string>, lookedUpMaterials: Array<string>, deferredMaterials: Array<string>, missingMaterials: Array<string>, committedMaterials: Array<string>, supplyBy: string | null, verification: CommitmentVerification | null, acceptedAt: string, dueAt: string, decidedAt: string | null, decisionNote: string | null, workingDaysLeft: number | null, overdue: boolean, escalatedAt: string | null } };

export type SupplyServiceMaterialsMutationVariables = Exact<{
  id: string;
  materials: Array<string> | string;
}>;


export type SupplyServiceMaterialsMutation = { supplyServiceMaterials: { id: string, matterCode: string, matterName: string, departmentCode: string, channel: ServiceChannel, status: ServiceApplicationStatus, submittedMaterials: Array<string>, lookedUpMaterials: Array<string>, deferredMaterials: Array<string>, missingMaterials: Array<string>, committedMaterials: Array<string>, supplyBy: string | null, verification: CommitmentVerification | null, acceptedAt: string, dueAt: string, decidedAt: string | null, decisionNote: string | null, workingDaysLeft: number | null, overdue: boolean, escalatedAt: string | null } };

export type DecideServiceApplicationMutationVariables = Exact<{
  id: string;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideServiceApplicationMutation = { decideServiceApplication: { id: string, matterCode: string, matterName: string, departmentCode: string, channel: ServiceChannel, status: ServiceApplicationStatus, submittedMaterials: Array<string>, lookedUpMaterials: Array<string>, deferredMaterials: Array<string>, missingMaterials: Array<string>, committedMaterials: Array<string>, supplyBy: string | null, verification: CommitmentVerification | null, acceptedAt: string, dueAt: string, decidedAt: string | null, decisionNote: string | null, workingDaysLeft: number | null, overdue: boolean, escalatedAt: string | null } };

export type EasyBusinessBoardQueryVariables = Exact<{
  year: number;
}>;


export type EasyBusinessBoardQuery = { serviceTargets: Array<{ mode: ServiceMode, counts: string, target: number, achieved: number, progress: number }>, approvalFigures: { asOf: string, byDepartment: Array<{ departmentCode: string, accepted: number, open: number, decided: number, decidedOnTime: number, overdue: number, escalated: number, onTimeRate: number | null }>, byMatter: Array<{ departmentCode: string, matterCode: string | null, matterName: string | null, accepted: number, overdue: number, onTimeRate: number | null }> } };

export type MyInspectionsQueryVariables = Exact<{
  enterpriseId: string;
  after?: string | null | undefined;
}>;


export type MyInspectionsQuery = { enterprise: { id: string, name: string, inspections: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, inspectorName: string, purpose: string, legalBasis: string | null, routine: boolean, checkedInAt: string, checkedOutAt: string | null, durationSeconds: number | null, findings: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type MyEnterpriseProjectsQueryVariables = Exact<{
  enterpriseId: string;
}>;


export type MyEnterpriseProjectsQuery = { enterprise: { id: string, name: string, projects: Array<{ id: string, name: string, departmentCodes: Array<string>, createdAt: string, butler: { name: string }, ledger: Array<{ id: string, title: string, status: ProjectLedgerStatus, raisedAt: string, note: string | null }> }> } };

export type MyPolicyMatchesQueryVariables = Exact<{
  enterpriseId: string;
}>;


export type MyPolicyMatchesQuery = { policyMatches: Array<{ qualifies: boolean, policy: { id: string, title: string, summary: string, departmentCode: string, amountCap: number, opensOn: string, closesOn: string }, lacks: Array<{ criterion: PolicyCriterion, required: string, actual: string | null }> }> };

export type MySubsidyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubsidyApplicationsQuery = { subsidyApplications: { totalCount: number, nodes: Array<{ id: string, status: SubsidyStatus, requestedAmount: number, approvedAmount: number | null, paidAmount: number | null, appliedAt: string, note: string | null, policy: { id: string, title: string, departmentCode: string } }> } };

export type ApplyForSubsidyMutationVariables = Exact<{
  input: ApplyForSubsidyInput;
}>;


export type ApplyForSubsidyMutation = { applyForSubsidy: { id: string, status: SubsidyStatus, requestedAmount: number } };

export type MyFinancingNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFinancingNeedsQuery = { financingNeeds: { totalCount: number, nodes: Array<{ id: string, amount: number, termMonths: number, purpose: string, neededBy: string | null, createdAt: string, matches: Array<{ id: string, answer: BankAnswer, answerNote: string | null, product: { id: string, bankName: string, productName: string } }> }> } };

export type FinancingMatchesQueryVariables = Exact<{
  needId: string;
}>;


export type FinancingMatchesQuery = { financingMatches: Array<{ qualifies: boolean, product: { id: string, bankName: string, productName: string, minAmount: number, maxAmount: number, annualRatePercent: number, maxTermMonths: number }, lacks: Array<{ criterion: PolicyCriterion, required: string, actual: string | null }> }> };

export type PostFinancingNeedMutationVariables = Exact<{
  input: PostFinancingNeedInput;
}>;


export type PostFinancingNeedMutation = { postFinancingNeed: { id: string } };

export type MyPolicyNoticesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPolicyNoticesQuery = { policyNotices: { totalCount: number, nodes: Array<{ id: string, policyId: string, title: string, departmentCode: string, amountCap: number, opensOn: string, closesOn: string, publishedAt: string, enterpriseId: string, enterpriseName: string, gridCellId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RoastSessionSummaryFragment = { id: string, heldOn: string, place: string, topic: string | null, attendingOfficers: Array<{ id: string, name: string }>, report: { complaintCount: number, closedCount: number } };

export type RoastSessionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RoastSessionsQuery = { roastSessions: { totalCount: number, nodes: Array<{ id: string, heldOn: string, place: string, topic: string | null, attendingOfficers: Array<{ id: string, name: string }>, report: { complaintCount: number, closedCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RoastSessionQueryVariables = Exact<{
  id: string;
}>;


export type RoastSessionQuery = { roastSession: { createdBy: string, id: string, heldOn: string, place: string, topic: string | null, attendingOfficers: Array<{ id: string, name: string, enterpriseId: string | null, enterpriseName: string, sampleEnterprise: boolean }>, report: { complaintCount: number, closedCount: number, complaints: Array<{ complaintId: string, appealId: string, officerId: string, officerName: string, title: string, status: AppealStatus, recordedAt: string, closedAt: string | null }> } } };

export type RoastChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoastChoicesQuery = { experienceOfficers: { totalCount: number, nodes: Array<{ id: string, name: string, enterpriseName: string, enterpriseId: string | null }> }, appealCategories: Array<{ code: string, name: string }> };

export type RoastEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoastEnterprisesQuery = { enterprises: { nodes: Array<{ id: string, name: string }> } };

export type CreateRoastSessionMutationVariables = Exact<{
  input: CreateRoastSessionInput;
}>;


export type CreateRoastSessionMutation = { createRoastSession: { id: string, heldOn: string, place: string, topic: string | null, attendingOfficers: Array<{ id: string, name: string }>, report: { complaintCount: number, closedCount: number } } };

export type RecordRoastComplaintMutationVariables = Exact<{
  sessionId: string;
  input: RecordRoastComplaintInput;
}>;


export type RecordRoastComplaintMutation = { recordRoastComplaint: { id: string, title: string, status: AppealStatus, channel: AppealChannel } };

export type MyGridCellsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridCellsQuery = { gridCells: { nodes: Array<{ id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }> }> } };

export type GridCellDetailQueryVariables = Exact<{
  id: string;
}>;


export type GridCellDetailQuery = { gridCell: { id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }>, region: { id: string, name: string }, enterprises: Array<{ id: string, name: string, creditCode: string, contactName: string, contactPhone: string }>, appeals: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } }>, volunteerTeams: Array<{ id: string, code: string, name: string }> } };

export type PromiseLedgerQueryVariables = Exact<{
  state?: PromiseState | null | undefined;
}>;


export type PromiseLedgerQuery = { policyPromises: { totalCount: number, nodes: Array<{ id: string, text: string, ownerDepartmentCode: string, dueOn: string, state: PromiseState, fulfilledAt: string | null, fulfilmentNote: string | null, escalatedAt: string | null, sample: boolean, project: { id: string, name: string } | null, talent: { id: string, name: string, category: TalentCategory } | null }> } };

export type FulfilPolicyPromiseMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type FulfilPolicyPromiseMutation = { fulfilPolicyPromise: { id: string, state: PromiseState, fulfilledAt: string | null, fulfilmentNote: string | null } };

export type TalentFiguresQueryVariables = Exact<{
  year: number;
}>;


export type TalentFiguresQuery = { talentFigures: Array<{ category: TalentCategory, label: string, target: number | null, atLeast: boolean, count: number, progress: number | null, met: boolean }> };

export type BoardFigureRowFragment = { key: string, total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, averageSatisfaction: number | null, overdueCount: number, handlingMode: HandlingMode | null, department: { id: string, name: string } | null, gridCell: { id: string, code: string, name: string } | null };

export type BoardFiguresQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type BoardFiguresQuery = { byDepartment: Array<{ key: string, total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, averageSatisfaction: number | null, overdueCount: number, handlingMode: HandlingMode | null, department: { id: string, name: string } | null, gridCell: { id: string, code: string, name: string } | null }>, byCell: Array<{ key: string, total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, averageSatisfaction: number | null, overdueCount: number, handlingMode: HandlingMode | null, department: { id: string, name: string } | null, gridCell: { id: string, code: string, name: string } | null }>, byMode: Array<{ key: string, total: number, resolvedCount: number, onTimeCount: number, onTimeRate: number | null, averageSatisfaction: number | null, overdueCount: number, handlingMode: HandlingMode | null, department: { id: string, name: string } | null, gridCell: { id: string, code: string, name: string } | null }> };

export type BoardAppealFragment = { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, leaderName: string | null, gridCell: { id: string, code: string, name: string }, leadDepartment: { id: string, name: string } | null };

export type BoardOverdueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BoardOverdueQuery = { overdueAppeals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, leaderName: string | null, gridCell: { id: string, code: string, name: string }, leadDepartment: { id: string, name: string } | null }> } };

export type BoardFindingFragment = { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string, rule: { code: string, kind: ConductRuleKind, text: string } };

export type BoardFindingsQueryVariables = Exact<{
  status?: FindingStatus | null | undefined;
}>;


export type BoardFindingsQuery = { supervisionFindings: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string, rule: { code: string, kind: ConductRuleKind, text: string } }> } };

export type BoardVerifyFindingMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type BoardVerifyFindingMutation = { verifyFinding: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string, rule: { code: string, kind: ConductRuleKind, text: string } } };

export type BoardRejectRectificationMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type BoardRejectRectificationMutation = { rejectRectification: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string, rule: { code: string, kind: ConductRuleKind, text: string } } };

export type BoardFindingChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardFindingChoicesQuery = { conductRules: { nodes: Array<{ code: string, kind: ConductRuleKind, text: string }> }, departments: { nodes: Array<{ id: string, code: string, name: string }> } };

export type BoardRecordFindingMutationVariables = Exact<{
  input: RecordSupervisionFindingInput;
}>;


export type BoardRecordFindingMutation = { recordSupervisionFinding: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string, rule: { code: string, kind: ConductRuleKind, text: string } } };

export type WeekCaseFragment = { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, dueAt: string, overdue: boolean, leaderId: string | null, leaderName: string | null, gridCell: { id: string, name: string }, leadDepartment: { id: string, name: string } | null };

export type WeekCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type WeekCasesQuery = { appeals: { totalCount: number, nodes: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, dueAt: string, overdue: boolean, leaderId: string | null, leaderName: string | null, gridCell: { id: string, name: string }, leadDepartment: { id: string, name: string } | null }> } };

export type WeekClaimCaseMutationVariables = Exact<{
  id: string;
}>;


export type WeekClaimCaseMutation = { assignLeader: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, dueAt: string, overdue: boolean, leaderId: string | null, leaderName: string | null, gridCell: { id: string, name: string }, leadDepartment: { id: string, name: string } | null } };

export type WeekCaseQueryVariables = Exact<{
  id: string;
}>;


export type WeekCaseQuery = { appeal: { description: string, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, dueAt: string, overdue: boolean, leaderId: string | null, leaderName: string | null, timeline: Array<{ at: string, actor: string, note: string, fromStatus: AppealStatus | null, toStatus: AppealStatus }>, gridCell: { id: string, name: string }, leadDepartment: { id: string, name: string } | null } };

export type WeekChangeModeMutationVariables = Exact<{
  id: string;
  mode: HandlingMode;
  reason: string;
}>;


export type WeekChangeModeMutation = { changeHandlingMode: { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, dueAt: string, overdue: boolean, leaderId: string | null, leaderName: string | null, timeline: Array<{ at: string, actor: string, note: string, fromStatus: AppealStatus | null, toStatus: AppealStatus }>, gridCell: { id: string, name: string }, leadDepartment: { id: string, name: string } | null } };

export type WeekLiaisonsQueryVariables = Exact<{ [key: string]: never; }>;


export type WeekLiaisonsQuery = { enterprises: { totalCount: number, nodes: Array<{ id: string, name: string, creditCode: string, appeals: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, leaderId: string | null }>, projects: Array<{ id: string, name: string, keyProject: boolean }> }> }, keyProjects: { totalCount: number, nodes: Array<{ id: string, name: string, departmentCodes: Array<string>, enterprise: { id: string, name: string }, butler: { name: string } }> } };

export type WeekVisitFragment = { id: string, visitedOn: string, place: string, findings: string, appealIds: Array<string>, loggedAt: string };

export type WeekVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type WeekVisitsQuery = { leaderVisits: { totalCount: number, nodes: Array<{ id: string, visitedOn: string, place: string, findings: string, appealIds: Array<string>, loggedAt: string }> } };

export type WeekLogVisitMutationVariables = Exact<{
  input: LogLeaderVisitInput;
}>;


export type WeekLogVisitMutation = { logLeaderVisit: { id: string, visitedOn: string, place: string, findings: string, appealIds: Array<string>, loggedAt: string } };

export type RosterSupervisorsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RosterSupervisorsQuery = { supervisors: { totalCount: number, nodes: Array<{ id: string, name: string, group: SupervisorGroup, affiliation: string, termStart: string, termEnd: string, status: MemberStatus, phone: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RosterExperienceOfficersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RosterExperienceOfficersQuery = { experienceOfficers: { totalCount: number, nodes: Array<{ id: string, name: string, enterpriseName: string, sampleEnterprise: boolean, termStart: string, termEnd: string, status: MemberStatus, phone: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RosterAdvisersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RosterAdvisersQuery = { advisers: { totalCount: number, nodes: Array<{ id: string, name: string, expertise: string, affiliation: string, status: MemberStatus, phone: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVisitsQuery = { enterpriseVisits: { totalCount: number, nodes: Array<{ id: string, visitedAt: string, summary: string, visitorName: string | null, enterprise: { id: string, name: string } | null, needs: Array<{ id: string, appealId: string | null }> }> } };

export type VisitableEnterprisesQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitableEnterprisesQuery = { enterprises: { nodes: Array<{ id: string, name: string }> } };

export type VisitDetailQueryVariables = Exact<{
  id: string;
}>;


export type VisitDetailQuery = { enterpriseVisit: { id: string, visitedAt: string, summary: string, visitorName: string | null, visitorRole: string, enterprise: { id: string, name: string } | null, needs: Array<{ id: string, position: number, text: string, appealId: string | null, raisedAt: string | null, appeal: { id: string, title: string, status: AppealStatus, dueAt: string } | null }> } };

export type LogEnterpriseVisitMutationVariables = Exact<{
  input: LogEnterpriseVisitInput;
}>;


export type LogEnterpriseVisitMutation = { logEnterpriseVisit: { id: string } };

export type RaiseVisitNeedMutationVariables = Exact<{
  needId: string;
  input?: RaiseVisitNeedInput | null | undefined;
}>;


export type RaiseVisitNeedMutation = { raiseVisitNeedAsAppeal: { id: string, appealId: string | null, raisedAt: string | null } };

export type MyShiftFragment = { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, mySignUp: { id: string, signedUpAt: string } | null, myCheckIn: { id: string, checkedInAt: string, checkedOutAt: string | null } | null };

export type MyShiftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShiftsQuery = { myVolunteer: { id: string, name: string, team: { id: string, code: string, name: string } }, volunteerActivities: { nodes: Array<{ id: string, name: string, location: string, startsOn: unknown, endsOn: unknown, posts: Array<{ id: string, duty: VolunteerDuty, place: string, team: { id: string, code: string }, shifts: Array<{ id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, mySignUp: { id: string, signedUpAt: string } | null, myCheckIn: { id: string, checkedInAt: string, checkedOutAt: string | null } | null }> }> }> } };

export type MySignUpMutationVariables = Exact<{
  shiftId: string;
}>;


export type MySignUpMutation = { signUpForShift: { id: string, signedUpAt: string, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, mySignUp: { id: string, signedUpAt: string } | null, myCheckIn: { id: string, checkedInAt: string, checkedOutAt: string | null } | null } } };

export type MyCancelSignUpMutationVariables = Exact<{
  shiftId: string;
}>;


export type MyCancelSignUpMutation = { cancelShiftSignUp: boolean };

export type MyCheckInMutationVariables = Exact<{
  shiftId: string;
}>;


export type MyCheckInMutation = { checkInVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, mySignUp: { id: string, signedUpAt: string } | null, myCheckIn: { id: string, checkedInAt: string, checkedOutAt: string | null } | null } } };

export type MyCheckOutMutationVariables = Exact<{
  shiftId: string;
}>;


export type MyCheckOutMutation = { checkOutVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, mySignUp: { id: string, signedUpAt: string } | null, myCheckIn: { id: string, checkedInAt: string, checkedOutAt: string | null } | null } } };

export type MyHoursQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHoursQuery = { myVolunteer: { id: string, name: string, serviceHours: { totalHours: number, byMonth: Array<{ month: string, hours: number }>, byActivity: Array<{ hours: number, activity: { id: string, name: string } }> } } };

export type MyTaskFragment = { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myVolunteer: { id: string, team: { id: string, name: string, tasks: Array<{ id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null }> } } };

export type MyAcceptTaskMutationVariables = Exact<{
  id: string;
}>;


export type MyAcceptTaskMutation = { acceptVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type MyStartTaskMutationVariables = Exact<{
  id: string;
}>;


export type MyStartTaskMutation = { startVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type MyCompleteTaskMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type MyCompleteTaskMutation = { completeVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type VolunteerTeamCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerTeamCodesQuery = { volunteerTeams: { nodes: Array<{ id: string, code: string, name: string }> } };

export type RosterMemberFragment = { id: string, name: string, phone: string, skills: Array<VolunteerSkill>, active: boolean, joinedOn: unknown, serviceHours: { totalHours: number } };

export type RosterTaskFragment = { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null };

export type VolunteerRosterQueryVariables = Exact<{
  teamId: string;
}>;


export type VolunteerRosterQuery = { volunteerTeam: { id: string, code: string, name: string, community: string, memberCount: number, lead: { id: string, name: string } | null, volunteers: Array<{ id: string, name: string, phone: string, skills: Array<VolunteerSkill>, active: boolean, joinedOn: unknown, serviceHours: { totalHours: number } }>, tasks: Array<{ id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null }> }, volunteerActivities: { nodes: Array<{ id: string, code: string, name: string, location: string, startsOn: unknown, endsOn: unknown, reportedVisits: number | null }> } };

export type RosterShiftFragment = { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> };

export type VolunteerActivityPlanQueryVariables = Exact<{
  activityId: string;
}>;


export type VolunteerActivityPlanQuery = { volunteerActivity: { id: string, name: string, location: string, startsOn: unknown, endsOn: unknown, reportedVisits: number | null, posts: Array<{ id: string, duty: VolunteerDuty, place: string, team: { id: string, code: string, name: string }, shifts: Array<{ id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> }> }> }, staffingGaps: Array<{ missing: number, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, post: { id: string, duty: VolunteerDuty, place: string, team: { id: string, code: string, name: string } } } }> };

export type VolunteerCreateActivityMutationVariables = Exact<{
  input: CreateVolunteerActivityInput;
}>;


export type VolunteerCreateActivityMutation = { createVolunteerActivity: { id: string, code: string, name: string, location: string, startsOn: unknown, endsOn: unknown, reportedVisits: number | null } };

export type VolunteerAddPostMutationVariables = Exact<{
  input: AddVolunteerPostInput;
}>;


export type VolunteerAddPostMutation = { addVolunteerPost: { id: string, duty: VolunteerDuty, place: string } };

export type VolunteerAddShiftMutationVariables = Exact<{
  input: AddVolunteerShiftInput;
}>;


export type VolunteerAddShiftMutation = { addVolunteerShift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> } };

export type VolunteerSignUpMemberMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerSignUpMemberMutation = { signUpForShift: { id: string, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> } } };

export type VolunteerCancelMemberMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerCancelMemberMutation = { cancelShiftSignUp: boolean };

export type VolunteerCheckInMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerCheckInMutation = { checkInVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> } } };

export type VolunteerCheckOutMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerCheckOutMutation = { checkOutVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, shift: { id: string, startsAt: string, endsAt: string, requiredHeadcount: number, signedUpCount: number, openPlaces: number, signUps: Array<{ id: string, signedUpAt: string, volunteer: { id: string, name: string } }>, checkIns: Array<{ id: string, checkedInAt: string, checkedOutAt: string | null, volunteer: { id: string } }> } } };

export type VolunteerRegisterMutationVariables = Exact<{
  input: RegisterVolunteerInput;
}>;


export type VolunteerRegisterMutation = { registerVolunteer: { id: string, name: string, phone: string, skills: Array<VolunteerSkill>, active: boolean, joinedOn: unknown, serviceHours: { totalHours: number } } };

export type VolunteerDeactivateMutationVariables = Exact<{
  id: string;
}>;


export type VolunteerDeactivateMutation = { deactivateVolunteer: { id: string, name: string, phone: string, skills: Array<VolunteerSkill>, active: boolean, joinedOn: unknown, serviceHours: { totalHours: number } } };

export type VolunteerAcceptForMutationVariables = Exact<{
  id: string;
  volunteerId: string;
}>;


export type VolunteerAcceptForMutation = { acceptVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type VolunteerStartTaskMutationVariables = Exact<{
  id: string;
}>;


export type VolunteerStartTaskMutation = { startVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type VolunteerCompleteTaskMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type VolunteerCompleteTaskMutation = { completeVolunteerTask: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string, acceptedAt: string | null, startedAt: string | null, completedAt: string | null, completionNote: string | null, escalatedAt: string | null, acceptedBy: { id: string, name: string } | null } };

export type AppealCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealCategoriesQuery = { appealCategories: Array<{ code: string, name: string }> };

export type DepartmentNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentNamesQuery = { departments: { nodes: Array<{ code: string, name: string }> } };

export const AdviceNoteFieldsFragmentDoc = gql`
    fragment AdviceNoteFields on AdviceNote {
  id
  author
  departmentCode
  title
  content
  writtenAt
  respondBy
  response
  respondedBy
  respondedAt
  escalatedAt
}
    `;
export const AppealListItemFragmentDoc = gql`
    fragment AppealListItem on Appeal {
  id
  title
  status
  handlingMode
  submittedAt
  dueAt
  overdue
  closedAt
  enterprise {
    id
    name
  }
}
    `;
export const AppealDetailFieldsFragmentDoc = gql`
    fragment AppealDetailFields on Appeal {
  ...AppealListItem
  description
  channel
  feedback
  resolvedAt
  evaluationDueAt
  closureReason
  category {
    code
    name
  }
  gridCell {
    id
    code
    name
  }
  leadDepartment {
    code
    name
  }
  evaluation {
    rating
    comment
    at
  }
  timeline {
    id
    at
    actor
    fromStatus
    toStatus
    note
  }
  photos {
    id
    contentType
    url
  }
}
    ${AppealListItemFragmentDoc}`;
export const CommunityResidentFragmentDoc = gql`
    fragment CommunityResident on Resident {
  id
  name
  gender
  birthDate
  age
  phone
  isMember
  diedOn
  masked
}
    `;
export const ResidentSuggestionAppealFragmentDoc = gql`
    fragment ResidentSuggestionAppeal on Appeal {
  id
  status
  dueAt
  feedback
  leadDepartment {
    id
    name
  }
  timeline {
    id
    at
    toStatus
    note
  }
}
    `;
export const DeskDispatchFragmentDoc = gql`
    fragment DeskDispatch on Dispatch {
  id
  targetKind
  targetCode
  role
  dispatchedAt
  acknowledgeBy
  acknowledgedAt
  acknowledgeWorkingMinutesLeft
  department {
    id
    name
  }
}
    `;
export const DeskAppealSummaryFragmentDoc = gql`
    fragment DeskAppealSummary on Appeal {
  id
  title
  status
  handlingMode
  submittedAt
  dueAt
  overdue
  category {
    code
    name
  }
  dispatches {
    ...DeskDispatch
  }
}
    ${DeskDispatchFragmentDoc}`;
export const DeskFindingFragmentDoc = gql`
    fragment DeskFinding on SupervisionFinding {
  id
  departmentCode
  title
  description
  foundAt
  rectifyBy
  status
  overdue
}
    `;
export const DisciplineCaseRowFragmentDoc = gql`
    fragment DisciplineCaseRow on MisconductCase {
  id
  officialName
  officialPost
  departmentCode
  status
  nextStep
  reportedBy
  reportedAt
  rules {
    code
    text
  }
}
    `;
export const DisciplineRuleFragmentDoc = gql`
    fragment DisciplineRule on ConductRule {
  code
  kind
  text
  fromSource
}
    `;
export const DisciplineCaseDetailFragmentDoc = gql`
    fragment DisciplineCaseDetail on MisconductCase {
  ...DisciplineCaseRow
  summary
  review
  lessons
  reviewedBy
  reviewedAt
  rules {
    ...DisciplineRule
  }
  history {
    id
    at
    actor
    fromStatus
    toStatus
    note
  }
}
    ${DisciplineCaseRowFragmentDoc}
${DisciplineRuleFragmentDoc}`;
export const ServiceApplicationSummaryFragmentDoc = gql`
    fragment ServiceApplicationSummary on ServiceApplication {
  id
  matterCode
  matterName
  departmentCode
  channel
  status
  submittedMaterials
  lookedUpMaterials
  deferredMaterials
  missingMaterials
  committedMaterials
  supplyBy
  verification
  acceptedAt
  dueAt
  decidedAt
  decisionNote
  workingDaysLeft
  overdue
  escalatedAt
}
    `;
export const RoastSessionSummaryFragmentDoc = gql`
    fragment RoastSessionSummary on RoastSession {
  id
  heldOn
  place
  topic
  attendingOfficers {
    id
    name
  }
  report {
    complaintCount
    closedCount
  }
}
    `;
export const BoardFigureRowFragmentDoc = gql`
    fragment BoardFigureRow on AppealFigureRow {
  key
  total
  resolvedCount
  onTimeCount
  onTimeRate
  averageSatisfaction
  overdueCount
  department {
    id
    name
  }
  gridCell {
    id
    code
    name
  }
  handlingMode
}
    `;
export const BoardAppealFragmentDoc = gql`
    fragment BoardAppeal on Appeal {
  id
  title
  status
  handlingMode
  submittedAt
  dueAt
  leaderName
  gridCell {
    id
    code
    name
  }
  leadDepartment {
    id
    name
  }
}
    `;
export const BoardFindingFragmentDoc = gql`
    fragment BoardFinding on SupervisionFinding {
  id
  departmentCode
  title
  description
  foundAt
  rectifyBy
  status
  overdue
  recordedBy
  rule {
    code
    kind
    text
  }
}
    `;
export const WeekCaseFragmentDoc = gql`
    fragment WeekCase on Appeal {
  id
  title
  status
  handlingMode
  dueAt
  overdue
  leaderId
  leaderName
  gridCell {
    id
    name
  }
  leadDepartment {
    id
    name
  }
}
    `;
export const WeekVisitFragmentDoc = gql`
    fragment WeekVisit on LeaderVisit {
  id
  visitedOn
  place
  findings
  appealIds
  loggedAt
}
    `;
export const MyShiftFragmentDoc = gql`
    fragment MyShift on Shift {
  id
  startsAt
  endsAt
  requiredHeadcount
  signedUpCount
  openPlaces
  mySignUp {
    id
    signedUpAt
  }
  myCheckIn {
    id
    checkedInAt
    checkedOutAt
  }
}
    `;
export const MyTaskFragmentDoc = gql`
    fragment MyTask on VolunteerTask {
  id
  title
  description
  category
  dueAt
  status
  createdAt
  acceptedAt
  startedAt
  completedAt
  completionNote
  escalatedAt
  acceptedBy {
    id
    name
  }
}
    `;
export const RosterMemberFragmentDoc = gql`
    fragment RosterMember on Volunteer {
  id
  name
  phone
  skills
  active
  joinedOn
  serviceHours {
    totalHours
  }
}
    `;
export const RosterTaskFragmentDoc = gql`
    fragment RosterTask on VolunteerTask {
  id
  title
  description
  category
  dueAt
  status
  createdAt
  acceptedAt
  startedAt
  completedAt
  completionNote
  escalatedAt
  acceptedBy {
    id
    name
  }
}
    `;
export const RosterShiftFragmentDoc = gql`
    fragment RosterShift on Shift {
  id
  startsAt
  endsAt
  requiredHeadcount
  signedUpCount
  openPlaces
  signUps {
    id
    signedUpAt
    volunteer {
      id
      name
    }
  }
  checkIns {
    id
    checkedInAt
    checkedOutAt
    volunteer {
      id
    }
  }
}
    `;
export const AdviceNotesDocument = gql`
    query AdviceNotes($first: Int!, $after: String, $awaitingResponse: Boolean) {
  adviceNotes(first: $first, after: $after, awaitingResponse: $awaitingResponse) {
    nodes {
      ...AdviceNoteFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${AdviceNoteFieldsFragmentDoc}`;

/**
 * __useAdviceNotesQuery__
 *
 * To run a query within a React component, call `useAdviceNotesQuery` and pass it any options that fit your needs.
 * When your component renders, `useAdviceNotesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAdviceNotesQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *      awaitingResponse: // value for 'awaitingResponse'
 *   },
 * });
 */
export function useAdviceNotesQuery(baseOptions: Apollo.QueryHookOptions<AdviceNotesQuery, AdviceNotesQueryVariables> & ({ variables: AdviceNotesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AdviceNotesQuery, AdviceNotesQueryVariables>(AdviceNotesDocument, options);
      }
export function useAdviceNotesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AdviceNotesQuery, AdviceNotesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AdviceNotesQuery, AdviceNotesQueryVariables>(AdviceNotesDocument, options);
        }
// @ts-ignore
export function useAdviceNotesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AdviceNotesQuery, AdviceNotesQueryVariables>): Apollo.UseSuspenseQueryResult<AdviceNotesQuery, AdviceNotesQueryVariables>;
export function useAdviceNotesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AdviceNotesQuery, AdviceNotesQueryVariables>): Apollo.UseSuspenseQueryResult<AdviceNotesQuery | undefined, AdviceNotesQueryVariables>;
export function useAdviceNotesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AdviceNotesQuery, AdviceNotesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AdviceNotesQuery, AdviceNotesQueryVariables>(AdviceNotesDocument, options);
        }
export type AdviceNotesQueryHookResult = ReturnType<typeof useAdviceNotesQuery>;
export type AdviceNotesLazyQueryHookResult = ReturnType<typeof useAdviceNotesLazyQuery>;
export type AdviceNotesSuspenseQueryHookResult = ReturnType<typeof useAdviceNotesSuspenseQuery>;
export type AdviceNotesQueryResult = Apollo.QueryResult<AdviceNotesQuery, AdviceNotesQueryVariables>;
export const AdviceDepartmentsDocument = gql`
    query AdviceDepartments {
  departments(first: 100) {
    nodes {
      code
      name
    }
  }
}
    `;

/**
 * __useAdviceDepartmentsQuery__
 *
 * To run a query within a React component, call `useAdviceDepartmentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useAdviceDepartmentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAdviceDepartmentsQuery({
 *   variables: {
 *   },
 * });
 */
export function useAdviceDepartmentsQuery(baseOptions?: Apollo.QueryHookOptions<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>(AdviceDepartmentsDocument, options);
      }
export function useAdviceDepartmentsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>(AdviceDepartmentsDocument, options);
        }
// @ts-ignore
export function useAdviceDepartmentsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>): Apollo.UseSuspenseQueryResult<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>;
export function useAdviceDepartmentsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>): Apollo.UseSuspenseQueryResult<AdviceDepartmentsQuery | undefined, AdviceDepartmentsQueryVariables>;
export function useAdviceDepartmentsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>(AdviceDepartmentsDocument, options);
        }
export type AdviceDepartmentsQueryHookResult = ReturnType<typeof useAdviceDepartmentsQuery>;
export type AdviceDepartmentsLazyQueryHookResult = ReturnType<typeof useAdviceDepartmentsLazyQuery>;
export type AdviceDepartmentsSuspenseQueryHookResult = ReturnType<typeof useAdviceDepartmentsSuspenseQuery>;
export type AdviceDepartmentsQueryResult = Apollo.QueryResult<AdviceDepartmentsQuery, AdviceDepartmentsQueryVariables>;
export const WriteAdviceNoteDocument = gql`
    mutation WriteAdviceNote($input: WriteAdviceNoteInput!) {
  writeAdviceNote(input: $input) {
    ...AdviceNoteFields
  }
}
    ${AdviceNoteFieldsFragmentDoc}`;
export type WriteAdviceNoteMutationFn = Apollo.MutationFunction<WriteAdviceNoteMutation, WriteAdviceNoteMutationVariables>;

/**
 * __useWriteAdviceNoteMutation__
 *
 * To run a mutation, you first call `useWriteAdviceNoteMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useWriteAdviceNoteMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [writeAdviceNoteMutation, { data, loading, error }] = useWriteAdviceNoteMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useWriteAdviceNoteMutation(baseOptions?: Apollo.MutationHookOptions<WriteAdviceNoteMutation, WriteAdviceNoteMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<WriteAdviceNoteMutation, WriteAdviceNoteMutationVariables>(WriteAdviceNoteDocument, options);
      }
export type WriteAdviceNoteMutationHookResult = ReturnType<typeof useWriteAdviceNoteMutation>;
export type WriteAdviceNoteMutationResult = Apollo.MutationResult<WriteAdviceNoteMutation>;
export type WriteAdviceNoteMutationOptions = Apollo.BaseMutationOptions<WriteAdviceNoteMutation, WriteAdviceNoteMutationVariables>;
export const RespondToAdviceNoteDocument = gql`
    mutation RespondToAdviceNote($id: ID!, $response: String!) {
  respondToAdviceNote(id: $id, response: $response) {
    ...AdviceNoteFields
  }
}
    ${AdviceNoteFieldsFragmentDoc}`;
export type RespondToAdviceNoteMutationFn = Apollo.MutationFunction<RespondToAdviceNoteMutation, RespondToAdviceNoteMutationVariables>;

/**
 * __useRespondToAdviceNoteMutation__
 *
 * To run a mutation, you first call `useRespondToAdviceNoteMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRespondToAdviceNoteMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [respondToAdviceNoteMutation, { data, loading, error }] = useRespondToAdviceNoteMutation({
 *   variables: {
 *      id: // value for 'id'
 *      response: // value for 'response'
 *   },
 * });
 */
export function useRespondToAdviceNoteMutation(baseOptions?: Apollo.MutationHookOptions<RespondToAdviceNoteMutation, RespondToAdviceNoteMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<RespondToAdviceNoteMutation, RespondToAdviceNoteMutationVariables>(RespondToAdviceNoteDocument, options);
      }
export type RespondToAdviceNoteMutationHookResult = ReturnType<typeof useRespondToAdviceNoteMutation>;
export type RespondToAdviceNoteMutationResult = Apollo.MutationResult<RespondToAdviceNoteMutation>;
export type RespondToAdviceNoteMutationOptions = Apollo.BaseMutationOptions<RespondToAdviceNoteMutation, RespondToAdviceNoteMutationVariables>;
export const MyAppealsDocument = gql`
    query MyAppeals($first: Int!, $after: String) {
  appeals(first: $first, after: $after) {
    nodes {
      ...AppealListItem
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${AppealListItemFragmentDoc}`;

/**
 * __useMyAppealsQuery__
 *
 * To run a query within a React component, call `useMyAppealsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyAppealsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyAppealsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useMyAppealsQuery(baseOptions: Apollo.QueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables> & ({ variables: MyAppealsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
      }
export function useMyAppealsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
        }
// @ts-ignore
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<MyAppealsQuery, MyAppealsQueryVariables>;
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<MyAppealsQuery | undefined, MyAppealsQueryVariables>;
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
        }
export type MyAppealsQueryHookResult = ReturnType<typeof useMyAppealsQuery>;
export type MyAppealsLazyQueryHookResult = ReturnType<typeof useMyAppealsLazyQuery>;
export type MyAppealsSuspenseQueryHookResult = ReturnType<typeof useMyAppealsSuspenseQuery>;
export type MyAppealsQueryResult = Apollo.QueryResult<MyAppealsQuery, MyAppealsQueryVariables>;
export const AppealDetailDocument = gql`
    query AppealDetail($id: ID!) {
  appeal(id: $id) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;

/**
 * __useAppealDetailQuery__
 *
 * To run a query within a React component, call `useAppealDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useAppealDetailQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAppealDetailQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useAppealDetailQuery(baseOptions: Apollo.QueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables> & ({ variables: AppealDetailQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
      }
export function useAppealDetailLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
        }
// @ts-ignore
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>): Apollo.UseSuspenseQueryResult<AppealDetailQuery, AppealDetailQueryVariables>;
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>): Apollo.UseSuspenseQueryResult<AppealDetailQuery | undefined, AppealDetailQueryVariables>;
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
        }
export type AppealDetailQueryHookResult = ReturnType<typeof useAppealDetailQuery>;
export type AppealDetailLazyQueryHookResult = ReturnType<typeof useAppealDetailLazyQuery>;
export type AppealDetailSuspenseQueryHookResult = ReturnType<typeof useAppealDetailSuspenseQuery>;
export type AppealDetailQueryResult = Apollo.QueryResult<AppealDetailQuery, AppealDetailQueryVariables>;
export const FilingChoicesDocument = gql`
    query FilingChoices {
  appealCategories {
    code
    name
  }
  enterprises(first: 100) {
    nodes {
      id
      name
      gridCell {
        id
        code
        name
      }
    }
  }
}
    `;

/**
 * __useFilingChoicesQuery__
 *
 * To run a query within a React component, call `useFilingChoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFilingChoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useFilingChoicesQuery({
 *   variables: {
 *   },
 * });
 */
export function useFilingChoicesQuery(baseOptions?: Apollo.QueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
      }
export function useFilingChoicesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
        }
// @ts-ignore
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<FilingChoicesQuery, FilingChoicesQueryVariables>;
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<FilingChoicesQuery | undefined, FilingChoicesQueryVariables>;
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
        }
export type FilingChoicesQueryHookResult = ReturnType<typeof useFilingChoicesQuery>;
export type FilingChoicesLazyQueryHookResult = ReturnType<typeof useFilingChoicesLazyQuery>;
export type FilingChoicesSuspenseQueryHookResult = ReturnType<typeof useFilingChoicesSuspenseQuery>;
export type FilingChoicesQueryResult = Apollo.QueryResult<FilingChoicesQuery, FilingChoicesQueryVariables>;
export const LocateGridCellDocument = gql`
    query LocateGridCell($lat: Float!, $lng: Float!) {
  locateGridCell(lat: $lat, lng: $lng) {
    id
    code
    name
  }
}
    `;

/**
 * __useLocateGridCellQuery__
 *
 * To run a query within a React component, call `useLocateGridCellQuery` and pass it any options that fit your needs.
 * When your component renders, `useLocateGridCellQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLocateGridCellQuery({
 *   variables: {
 *      lat: // value for 'lat'
 *      lng: // value for 'lng'
 *   },
 * });
 */
export function useLocateGridCellQuery(baseOptions: Apollo.QueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables> & ({ variables: LocateGridCellQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
      }
export function useLocateGridCellLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
        }
// @ts-ignore
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>): Apollo.UseSuspenseQueryResult<LocateGridCellQuery, LocateGridCellQueryVariables>;
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>): Apollo.UseSuspenseQueryResult<LocateGridCellQuery | undefined, LocateGridCellQueryVariables>;
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
        }
export type LocateGridCellQueryHookResult = ReturnType<typeof useLocateGridCellQuery>;
export type LocateGridCellLazyQueryHookResult = ReturnType<typeof useLocateGridCellLazyQuery>;
export type LocateGridCellSuspenseQueryHookResult = ReturnType<typeof useLocateGridCellSuspenseQuery>;
export type LocateGridCellQueryResult = Apollo.QueryResult<LocateGridCellQuery, LocateGridCellQueryVariables>;
export const SubmitAppealDocument = gql`
    mutation SubmitAppeal($input: SubmitAppealInput!) {
  submitAppeal(input: $input) {
    id
    status
  }
}
    `;
export type SubmitAppealMutationFn = Apollo.MutationFunction<SubmitAppealMutation, SubmitAppealMutationVariables>;

/**
 * __useSubmitAppealMutation__
 *
 * To run a mutation, you first call `useSubmitAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSubmitAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [submitAppealMutation, { data, loading, error }] = useSubmitAppealMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSubmitAppealMutation(baseOptions?: Apollo.MutationHookOptions<SubmitAppealMutation, SubmitAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<SubmitAppealMutation, SubmitAppealMutationVariables>(SubmitAppealDocument, options);
      }
export type SubmitAppealMutationHookResult = ReturnType<typeof useSubmitAppealMutation>;
export type SubmitAppealMutationResult = Apollo.MutationResult<SubmitAppealMutation>;
export type SubmitAppealMutationOptions = Apollo.BaseMutationOptions<SubmitAppealMutation, SubmitAppealMutationVariables>;
export const AcceptAppealDocument = gql`
    mutation AcceptAppeal($id: ID!, $note: String) {
  acceptAppeal(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type AcceptAppealMutationFn = Apollo.MutationFunction<AcceptAppealMutation, AcceptAppealMutationVariables>;

/**
 * __useAcceptAppealMutation__
 *
 * To run a mutation, you first call `useAcceptAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAcceptAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [acceptAppealMutation, { data, loading, error }] = useAcceptAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAcceptAppealMutation(baseOptions?: Apollo.MutationHookOptions<AcceptAppealMutation, AcceptAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<AcceptAppealMutation, AcceptAppealMutationVariables>(AcceptAppealDocument, options);
      }
export type AcceptAppealMutationHookResult = ReturnType<typeof useAcceptAppealMutation>;
export type AcceptAppealMutationResult = Apollo.MutationResult<AcceptAppealMutation>;
export type AcceptAppealMutationOptions = Apollo.BaseMutationOptions<AcceptAppealMutation, AcceptAppealMutationVariables>;
export const AddProgressNoteDocument = gql`
    mutation AddProgressNote($id: ID!, $note: String!) {
  addProgressNote(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type AddProgressNoteMutationFn = Apollo.MutationFunction<AddProgressNoteMutation, AddProgressNoteMutationVariables>;

/**
 * __useAddProgressNoteMutation__
 *
 * To run a mutation, you first call `useAddProgressNoteMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAddProgressNoteMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [addProgressNoteMutation, { data, loading, error }] = useAddProgressNoteMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAddProgressNoteMutation(baseOptions?: Apollo.MutationHookOptions<AddProgressNoteMutation, AddProgressNoteMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<AddProgressNoteMutation, AddProgressNoteMutationVariables>(AddProgressNoteDocument, options);
      }
export type AddProgressNoteMutationHookResult = ReturnType<typeof useAddProgressNoteMutation>;
export type AddProgressNoteMutationResult = Apollo.MutationResult<AddProgressNoteMutation>;
export type AddProgressNoteMutationOptions = Apollo.BaseMutationOptions<AddProgressNoteMutation, AddProgressNoteMutationVariables>;
export const EvaluateAppealDocument = gql`
    mutation EvaluateAppeal($id: ID!, $rating: Int!, $comment: String) {
  evaluateAppeal(id: $id, rating: $rating, comment: $comment) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type EvaluateAppealMutationFn = Apollo.MutationFunction<EvaluateAppealMutation, EvaluateAppealMutationVariables>;

/**
 * __useEvaluateAppealMutation__
 *
 * To run a mutation, you first call `useEvaluateAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useEvaluateAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [evaluateAppealMutation, { data, loading, error }] = useEvaluateAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      rating: // value for 'rating'
 *      comment: // value for 'comment'
 *   },
 * });
 */
export function useEvaluateAppealMutation(baseOptions?: Apollo.MutationHookOptions<EvaluateAppealMutation, EvaluateAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<EvaluateAppealMutation, EvaluateAppealMutationVariables>(EvaluateAppealDocument, options);
      }
export type EvaluateAppealMutationHookResult = ReturnType<typeof useEvaluateAppealMutation>;
export type EvaluateAppealMutationResult = Apollo.MutationResult<EvaluateAppealMutation>;
export type EvaluateAppealMutationOptions = Apollo.BaseMutationOptions<EvaluateAppealMutation, EvaluateAppealMutationVariables>;
export const CloseAppealDocument = gql`
    mutation CloseAppeal($id: ID!, $note: String) {
  closeAppeal(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type CloseAppealMutationFn = Apollo.MutationFunction<CloseAppealMutation, CloseAppealMutationVariables>;

/**
 * __useCloseAppealMutation__
 *
 * To run a mutation, you first call `useCloseAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCloseAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [closeAppealMutation, { data, loading, error }] = useCloseAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useCloseAppealMutation(baseOptions?: Apollo.MutationHookOptions<CloseAppealMutation, CloseAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CloseAppealMutation, CloseAppealMutationVariables>(CloseAppealDocument, options);
      }
export type CloseAppealMutationHookResult = ReturnType<typeof useCloseAppealMutation>;
export type CloseAppealMutationResult = Apollo.MutationResult<CloseAppealMutation>;
export type CloseAppealMutationOptions = Apollo.BaseMutationOptions<CloseAppealMutation, CloseAppealMutationVariables>;
export const CollectiveEconomyDocument = gql`
    query CollectiveEconomy {
  enterpriseAlliances(first: 10) {
    nodes {
      id
      name
      communityName
      collectiveEnterpriseId
      collectiveEnterpriseName
      latestYear
      totals {
        year
        memberCount
        membersReporting
        revenueYuan
        jobsOffered
        jobsFilled
      }
      members(first: 100) {
        totalCount
        nodes {
          enterpriseId
          enterpriseName
          joinedOn
          sample
        }
      }
    }
  }
}
    `;

/**
 * __useCollectiveEconomyQuery__
 *
 * To run a query within a React component, call `useCollectiveEconomyQuery` and pass it any options that fit your needs.
 * When your component renders, `useCollectiveEconomyQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCollectiveEconomyQuery({
 *   variables: {
 *   },
 * });
 */
export function useCollectiveEconomyQuery(baseOptions?: Apollo.QueryHookOptions<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>(CollectiveEconomyDocument, options);
      }
export function useCollectiveEconomyLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>(CollectiveEconomyDocument, options);
        }
// @ts-ignore
export function useCollectiveEconomySuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>): Apollo.UseSuspenseQueryResult<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>;
export function useCollectiveEconomySuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>): Apollo.UseSuspenseQueryResult<CollectiveEconomyQuery | undefined, CollectiveEconomyQueryVariables>;
export function useCollectiveEconomySuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>(CollectiveEconomyDocument, options);
        }
export type CollectiveEconomyQueryHookResult = ReturnType<typeof useCollectiveEconomyQuery>;
export type CollectiveEconomyLazyQueryHookResult = ReturnType<typeof useCollectiveEconomyLazyQuery>;
export type CollectiveEconomySuspenseQueryHookResult = ReturnType<typeof useCollectiveEconomySuspenseQuery>;
export type CollectiveEconomyQueryResult = Apollo.QueryResult<CollectiveEconomyQuery, CollectiveEconomyQueryVariables>;
export const CollectiveEnterpriseYearsDocument = gql`
    query CollectiveEnterpriseYears($enterpriseId: ID!, $year: Int!) {
  enterpriseYearFiguresHistory(enterpriseId: $enterpriseId, last: 5) {
    id
    year
    revenueYuan
    plannedRevenueNextYearYuan
    sample
    source
  }
  enterpriseYearFiguresOfYear(year: $year, first: 100) {
    nodes {
      id
      enterpriseId
      jobsOffered
      jobsFilled
      sample
    }
  }
}
    `;

/**
 * __useCollectiveEnterpriseYearsQuery__
 *
 * To run a query within a React component, call `useCollectiveEnterpriseYearsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCollectiveEnterpriseYearsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCollectiveEnterpriseYearsQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *      year: // value for 'year'
 *   },
 * });
 */
export function useCollectiveEnterpriseYearsQuery(baseOptions: Apollo.QueryHookOptions<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables> & ({ variables: CollectiveEnterpriseYearsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>(CollectiveEnterpriseYearsDocument, options);
      }
export function useCollectiveEnterpriseYearsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>(CollectiveEnterpriseYearsDocument, options);
        }
// @ts-ignore
export function useCollectiveEnterpriseYearsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>): Apollo.UseSuspenseQueryResult<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>;
export function useCollectiveEnterpriseYearsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>): Apollo.UseSuspenseQueryResult<CollectiveEnterpriseYearsQuery | undefined, CollectiveEnterpriseYearsQueryVariables>;
export function useCollectiveEnterpriseYearsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>(CollectiveEnterpriseYearsDocument, options);
        }
export type CollectiveEnterpriseYearsQueryHookResult = ReturnType<typeof useCollectiveEnterpriseYearsQuery>;
export type CollectiveEnterpriseYearsLazyQueryHookResult = ReturnType<typeof useCollectiveEnterpriseYearsLazyQuery>;
export type CollectiveEnterpriseYearsSuspenseQueryHookResult = ReturnType<typeof useCollectiveEnterpriseYearsSuspenseQuery>;
export type CollectiveEnterpriseYearsQueryResult = Apollo.QueryResult<CollectiveEnterpriseYearsQuery, CollectiveEnterpriseYearsQueryVariables>;
export const CommunityHouseholdsDocument = gql`
    query CommunityHouseholds($first: Int!, $after: String) {
  households(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      originalAddress
      currentAddress
      relocationStatus
      members {
        ...CommunityResident
      }
    }
  }
  relocationFigures {
    households
    relocated
    relocatedPercent
    awaitingReturn
    returned
  }
}
    ${CommunityResidentFragmentDoc}`;

/**
 * __useCommunityHouseholdsQuery__
 *
 * To run a query within a React component, call `useCommunityHouseholdsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCommunityHouseholdsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCommunityHouseholdsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useCommunityHouseholdsQuery(baseOptions: Apollo.QueryHookOptions<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables> & ({ variables: CommunityHouseholdsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>(CommunityHouseholdsDocument, options);
      }
export function useCommunityHouseholdsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>(CommunityHouseholdsDocument, options);
        }
// @ts-ignore
export function useCommunityHouseholdsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>;
export function useCommunityHouseholdsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityHouseholdsQuery | undefined, CommunityHouseholdsQueryVariables>;
export function useCommunityHouseholdsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>(CommunityHouseholdsDocument, options);
        }
export type CommunityHouseholdsQueryHookResult = ReturnType<typeof useCommunityHouseholdsQuery>;
export type CommunityHouseholdsLazyQueryHookResult = ReturnType<typeof useCommunityHouseholdsLazyQuery>;
export type CommunityHouseholdsSuspenseQueryHookResult = ReturnType<typeof useCommunityHouseholdsSuspenseQuery>;
export type CommunityHouseholdsQueryResult = Apollo.QueryResult<CommunityHouseholdsQuery, CommunityHouseholdsQueryVariables>;
export const CommunityAllowanceRunDocument = gql`
    query CommunityAllowanceRun($month: String!) {
  allowanceRun(month: $month, first: 100) {
    month
    amountYuan
    count
    totalYuan
    lines {
      id
      amountYuan
      ageOnFirst
      resident {
        id
        name
      }
    }
  }
}
    `;

/**
 * __useCommunityAllowanceRunQuery__
 *
 * To run a query within a React component, call `useCommunityAllowanceRunQuery` and pass it any options that fit your needs.
 * When your component renders, `useCommunityAllowanceRunQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCommunityAllowanceRunQuery({
 *   variables: {
 *      month: // value for 'month'
 *   },
 * });
 */
export function useCommunityAllowanceRunQuery(baseOptions: Apollo.QueryHookOptions<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables> & ({ variables: CommunityAllowanceRunQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>(CommunityAllowanceRunDocument, options);
      }
export function useCommunityAllowanceRunLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>(CommunityAllowanceRunDocument, options);
        }
// @ts-ignore
export function useCommunityAllowanceRunSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>;
export function useCommunityAllowanceRunSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityAllowanceRunQuery | undefined, CommunityAllowanceRunQueryVariables>;
export function useCommunityAllowanceRunSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>(CommunityAllowanceRunDocument, options);
        }
export type CommunityAllowanceRunQueryHookResult = ReturnType<typeof useCommunityAllowanceRunQuery>;
export type CommunityAllowanceRunLazyQueryHookResult = ReturnType<typeof useCommunityAllowanceRunLazyQuery>;
export type CommunityAllowanceRunSuspenseQueryHookResult = ReturnType<typeof useCommunityAllowanceRunSuspenseQuery>;
export type CommunityAllowanceRunQueryResult = Apollo.QueryResult<CommunityAllowanceRunQuery, CommunityAllowanceRunQueryVariables>;
export const CommunityRunAllowanceDocument = gql`
    mutation CommunityRunAllowance($month: String!) {
  runAllowance(month: $month) {
    month
    count
    totalYuan
    paidNow
  }
}
    `;
export type CommunityRunAllowanceMutationFn = Apollo.MutationFunction<CommunityRunAllowanceMutation, CommunityRunAllowanceMutationVariables>;

/**
 * __useCommunityRunAllowanceMutation__
 *
 * To run a mutation, you first call `useCommunityRunAllowanceMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommunityRunAllowanceMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [communityRunAllowanceMutation, { data, loading, error }] = useCommunityRunAllowanceMutation({
 *   variables: {
 *      month: // value for 'month'
 *   },
 * });
 */
export function useCommunityRunAllowanceMutation(baseOptions?: Apollo.MutationHookOptions<CommunityRunAllowanceMutation, CommunityRunAllowanceMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CommunityRunAllowanceMutation, CommunityRunAllowanceMutationVariables>(CommunityRunAllowanceDocument, options);
      }
export type CommunityRunAllowanceMutationHookResult = ReturnType<typeof useCommunityRunAllowanceMutation>;
export type CommunityRunAllowanceMutationResult = Apollo.MutationResult<CommunityRunAllowanceMutation>;
export type CommunityRunAllowanceMutationOptions = Apollo.BaseMutationOptions<CommunityRunAllowanceMutation, CommunityRunAllowanceMutationVariables>;
export const CommunityBirthdaysDocument = gql`
    query CommunityBirthdays($month: String!) {
  birthdayVisits(month: $month) {
    month
    totalCount
    visitedCount
    nodes {
      birthday
      turning
      resident {
        id
        name
      }
      visit {
        id
        visitedOn
        answers {
          satisfaction
          suggestion
        }
        suggestion {
          id
          appeal {
            id
          }
        }
      }
    }
  }
}
    `;

/**
 * __useCommunityBirthdaysQuery__
 *
 * To run a query within a React component, call `useCommunityBirthdaysQuery` and pass it any options that fit your needs.
 * When your component renders, `useCommunityBirthdaysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCommunityBirthdaysQuery({
 *   variables: {
 *      month: // value for 'month'
 *   },
 * });
 */
export function useCommunityBirthdaysQuery(baseOptions: Apollo.QueryHookOptions<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables> & ({ variables: CommunityBirthdaysQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>(CommunityBirthdaysDocument, options);
      }
export function useCommunityBirthdaysLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>(CommunityBirthdaysDocument, options);
        }
// @ts-ignore
export function useCommunityBirthdaysSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>;
export function useCommunityBirthdaysSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityBirthdaysQuery | undefined, CommunityBirthdaysQueryVariables>;
export function useCommunityBirthdaysSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>(CommunityBirthdaysDocument, options);
        }
export type CommunityBirthdaysQueryHookResult = ReturnType<typeof useCommunityBirthdaysQuery>;
export type CommunityBirthdaysLazyQueryHookResult = ReturnType<typeof useCommunityBirthdaysLazyQuery>;
export type CommunityBirthdaysSuspenseQueryHookResult = ReturnType<typeof useCommunityBirthdaysSuspenseQuery>;
export type CommunityBirthdaysQueryResult = Apollo.QueryResult<CommunityBirthdaysQuery, CommunityBirthdaysQueryVariables>;
export const CommunityRecordVisitDocument = gql`
    mutation CommunityRecordVisit($input: RecordBirthdayVisitInput!) {
  recordBirthdayVisit(input: $input) {
    id
    visitedOn
  }
}
    `;
export type CommunityRecordVisitMutationFn = Apollo.MutationFunction<CommunityRecordVisitMutation, CommunityRecordVisitMutationVariables>;

/**
 * __useCommunityRecordVisitMutation__
 *
 * To run a mutation, you first call `useCommunityRecordVisitMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommunityRecordVisitMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [communityRecordVisitMutation, { data, loading, error }] = useCommunityRecordVisitMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCommunityRecordVisitMutation(baseOptions?: Apollo.MutationHookOptions<CommunityRecordVisitMutation, CommunityRecordVisitMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CommunityRecordVisitMutation, CommunityRecordVisitMutationVariables>(CommunityRecordVisitDocument, options);
      }
export type CommunityRecordVisitMutationHookResult = ReturnType<typeof useCommunityRecordVisitMutation>;
export type CommunityRecordVisitMutationResult = Apollo.MutationResult<CommunityRecordVisitMutation>;
export type CommunityRecordVisitMutationOptions = Apollo.BaseMutationOptions<CommunityRecordVisitMutation, CommunityRecordVisitMutationVariables>;
export const CommunityAidCasesDocument = gql`
    query CommunityAidCases {
  aidCases(first: 50) {
    totalCount
    nodes {
      id
      ruleCode
      kind
      status
      amountYuan
      appliedAt
      resident {
        id
        name
      }
    }
  }
}
    `;

/**
 * __useCommunityAidCasesQuery__
 *
 * To run a query within a React component, call `useCommunityAidCasesQuery` and pass it any options that fit your needs.
 * When your component renders, `useCommunityAidCasesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCommunityAidCasesQuery({
 *   variables: {
 *   },
 * });
 */
export function useCommunityAidCasesQuery(baseOptions?: Apollo.QueryHookOptions<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>(CommunityAidCasesDocument, options);
      }
export function useCommunityAidCasesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>(CommunityAidCasesDocument, options);
        }
// @ts-ignore
export function useCommunityAidCasesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>;
export function useCommunityAidCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>): Apollo.UseSuspenseQueryResult<CommunityAidCasesQuery | undefined, CommunityAidCasesQueryVariables>;
export function useCommunityAidCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>(CommunityAidCasesDocument, options);
        }
export type CommunityAidCasesQueryHookResult = ReturnType<typeof useCommunityAidCasesQuery>;
export type CommunityAidCasesLazyQueryHookResult = ReturnType<typeof useCommunityAidCasesLazyQuery>;
export type CommunityAidCasesSuspenseQueryHookResult = ReturnType<typeof useCommunityAidCasesSuspenseQuery>;
export type CommunityAidCasesQueryResult = Apollo.QueryResult<CommunityAidCasesQuery, CommunityAidCasesQueryVariables>;
export const CommunityReviewAidDocument = gql`
    mutation CommunityReviewAid($id: ID!, $approve: Boolean!) {
  reviewAidCase(id: $id, approve: $approve) {
    id
    status
  }
}
    `;
export type CommunityReviewAidMutationFn = Apollo.MutationFunction<CommunityReviewAidMutation, CommunityReviewAidMutationVariables>;

/**
 * __useCommunityReviewAidMutation__
 *
 * To run a mutation, you first call `useCommunityReviewAidMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommunityReviewAidMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [communityReviewAidMutation, { data, loading, error }] = useCommunityReviewAidMutation({
 *   variables: {
 *      id: // value for 'id'
 *      approve: // value for 'approve'
 *   },
 * });
 */
export function useCommunityReviewAidMutation(baseOptions?: Apollo.MutationHookOptions<CommunityReviewAidMutation, CommunityReviewAidMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CommunityReviewAidMutation, CommunityReviewAidMutationVariables>(CommunityReviewAidDocument, options);
      }
export type CommunityReviewAidMutationHookResult = ReturnType<typeof useCommunityReviewAidMutation>;
export type CommunityReviewAidMutationResult = Apollo.MutationResult<CommunityReviewAidMutation>;
export type CommunityReviewAidMutationOptions = Apollo.BaseMutationOptions<CommunityReviewAidMutation, CommunityReviewAidMutationVariables>;
export const CommunityPayAidDocument = gql`
    mutation CommunityPayAid($id: ID!) {
  payAidCase(id: $id) {
    id
    status
  }
}
    `;
export type CommunityPayAidMutationFn = Apollo.MutationFunction<CommunityPayAidMutation, CommunityPayAidMutationVariables>;

/**
 * __useCommunityPayAidMutation__
 *
 * To run a mutation, you first call `useCommunityPayAidMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCommunityPayAidMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [communityPayAidMutation, { data, loading, error }] = useCommunityPayAidMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCommunityPayAidMutation(baseOptions?: Apollo.MutationHookOptions<CommunityPayAidMutation, CommunityPayAidMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CommunityPayAidMutation, CommunityPayAidMutationVariables>(CommunityPayAidDocument, options);
      }
export type CommunityPayAidMutationHookResult = ReturnType<typeof useCommunityPayAidMutation>;
export type CommunityPayAidMutationResult = Apollo.MutationResult<CommunityPayAidMutation>;
export type CommunityPayAidMutationOptions = Apollo.BaseMutationOptions<CommunityPayAidMutation, CommunityPayAidMutationVariables>;
export const MyHouseholdDocument = gql`
    query MyHousehold {
  households(first: 1) {
    nodes {
      id
      code
      originalAddress
      currentAddress
      relocationStatus
      members {
        ...CommunityResident
      }
    }
  }
  householdLedger {
    totalYuan
    entries {
      kind
      reference
      amountYuan
      paidAt
    }
  }
  communitySuggestions {
    id
    text
    raisedAt
    appeal {
      ...ResidentSuggestionAppeal
    }
  }
}
    ${CommunityResidentFragmentDoc}
${ResidentSuggestionAppealFragmentDoc}`;

/**
 * __useMyHouseholdQuery__
 *
 * To run a query within a React component, call `useMyHouseholdQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyHouseholdQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyHouseholdQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyHouseholdQuery(baseOptions?: Apollo.QueryHookOptions<MyHouseholdQuery, MyHouseholdQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyHouseholdQuery, MyHouseholdQueryVariables>(MyHouseholdDocument, options);
      }
export function useMyHouseholdLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyHouseholdQuery, MyHouseholdQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyHouseholdQuery, MyHouseholdQueryVariables>(MyHouseholdDocument, options);
        }
// @ts-ignore
export function useMyHouseholdSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyHouseholdQuery, MyHouseholdQueryVariables>): Apollo.UseSuspenseQueryResult<MyHouseholdQuery, MyHouseholdQueryVariables>;
export function useMyHouseholdSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyHouseholdQuery, MyHouseholdQueryVariables>): Apollo.UseSuspenseQueryResult<MyHouseholdQuery | undefined, MyHouseholdQueryVariables>;
export function useMyHouseholdSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyHouseholdQuery, MyHouseholdQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyHouseholdQuery, MyHouseholdQueryVariables>(MyHouseholdDocument, options);
        }
export type MyHouseholdQueryHookResult = ReturnType<typeof useMyHouseholdQuery>;
export type MyHouseholdLazyQueryHookResult = ReturnType<typeof useMyHouseholdLazyQuery>;
export type MyHouseholdSuspenseQueryHookResult = ReturnType<typeof useMyHouseholdSuspenseQuery>;
export type MyHouseholdQueryResult = Apollo.QueryResult<MyHouseholdQuery, MyHouseholdQueryVariables>;
export const DeskAppealsDocument = gql`
    query DeskAppeals($first: Int!) {
  appeals(first: $first) {
    totalCount
    nodes {
      ...DeskAppealSummary
    }
  }
}
    ${DeskAppealSummaryFragmentDoc}`;

/**
 * __useDeskAppealsQuery__
 *
 * To run a query within a React component, call `useDeskAppealsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDeskAppealsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDeskAppealsQuery({
 *   variables: {
 *      first: // value for 'first'
 *   },
 * });
 */
export function useDeskAppealsQuery(baseOptions: Apollo.QueryHookOptions<DeskAppealsQuery, DeskAppealsQueryVariables> & ({ variables: DeskAppealsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DeskAppealsQuery, DeskAppealsQueryVariables>(DeskAppealsDocument, options);
      }
export function useDeskAppealsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DeskAppealsQuery, DeskAppealsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DeskAppealsQuery, DeskAppealsQueryVariables>(DeskAppealsDocument, options);
        }
// @ts-ignore
export function useDeskAppealsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DeskAppealsQuery, DeskAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskAppealsQuery, DeskAppealsQueryVariables>;
export function useDeskAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskAppealsQuery, DeskAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskAppealsQuery | undefined, DeskAppealsQueryVariables>;
export function useDeskAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskAppealsQuery, DeskAppealsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DeskAppealsQuery, DeskAppealsQueryVariables>(DeskAppealsDocument, options);
        }
export type DeskAppealsQueryHookResult = ReturnType<typeof useDeskAppealsQuery>;
export type DeskAppealsLazyQueryHookResult = ReturnType<typeof useDeskAppealsLazyQuery>;
export type DeskAppealsSuspenseQueryHookResult = ReturnType<typeof useDeskAppealsSuspenseQuery>;
export type DeskAppealsQueryResult = Apollo.QueryResult<DeskAppealsQuery, DeskAppealsQueryVariables>;
export const DeskAppealDocument = gql`
    query DeskAppeal($id: ID!) {
  appeal(id: $id) {
    ...DeskAppealSummary
    description
    channel
    feedback
    resolvedAt
    leaderName
    leadDepartment {
      id
      code
      name
    }
    gridCell {
      id
      code
      name
    }
    timeline {
      id
      at
      actor
      fromStatus
      toStatus
      note
    }
  }
}
    ${DeskAppealSummaryFragmentDoc}`;

/**
 * __useDeskAppealQuery__
 *
 * To run a query within a React component, call `useDeskAppealQuery` and pass it any options that fit your needs.
 * When your component renders, `useDeskAppealQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDeskAppealQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeskAppealQuery(baseOptions: Apollo.QueryHookOptions<DeskAppealQuery, DeskAppealQueryVariables> & ({ variables: DeskAppealQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DeskAppealQuery, DeskAppealQueryVariables>(DeskAppealDocument, options);
      }
export function useDeskAppealLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DeskAppealQuery, DeskAppealQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DeskAppealQuery, DeskAppealQueryVariables>(DeskAppealDocument, options);
        }
// @ts-ignore
export function useDeskAppealSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DeskAppealQuery, DeskAppealQueryVariables>): Apollo.UseSuspenseQueryResult<DeskAppealQuery, DeskAppealQueryVariables>;
export function useDeskAppealSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskAppealQuery, DeskAppealQueryVariables>): Apollo.UseSuspenseQueryResult<DeskAppealQuery | undefined, DeskAppealQueryVariables>;
export function useDeskAppealSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskAppealQuery, DeskAppealQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DeskAppealQuery, DeskAppealQueryVariables>(DeskAppealDocument, options);
        }
export type DeskAppealQueryHookResult = ReturnType<typeof useDeskAppealQuery>;
export type DeskAppealLazyQueryHookResult = ReturnType<typeof useDeskAppealLazyQuery>;
export type DeskAppealSuspenseQueryHookResult = ReturnType<typeof useDeskAppealSuspenseQuery>;
export type DeskAppealQueryResult = Apollo.QueryResult<DeskAppealQuery, DeskAppealQueryVariables>;
export const DeskDepartmentsDocument = gql`
    query DeskDepartments {
  departments(first: 100) {
    nodes {
      id
      code
      name
    }
  }
}
    `;

/**
 * __useDeskDepartmentsQuery__
 *
 * To run a query within a React component, call `useDeskDepartmentsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDeskDepartmentsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDeskDepartmentsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDeskDepartmentsQuery(baseOptions?: Apollo.QueryHookOptions<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>(DeskDepartmentsDocument, options);
      }
export function useDeskDepartmentsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>(DeskDepartmentsDocument, options);
        }
// @ts-ignore
export function useDeskDepartmentsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>;
export function useDeskDepartmentsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskDepartmentsQuery | undefined, DeskDepartmentsQueryVariables>;
export function useDeskDepartmentsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>(DeskDepartmentsDocument, options);
        }
export type DeskDepartmentsQueryHookResult = ReturnType<typeof useDeskDepartmentsQuery>;
export type DeskDepartmentsLazyQueryHookResult = ReturnType<typeof useDeskDepartmentsLazyQuery>;
export type DeskDepartmentsSuspenseQueryHookResult = ReturnType<typeof useDeskDepartmentsSuspenseQuery>;
export type DeskDepartmentsQueryResult = Apollo.QueryResult<DeskDepartmentsQuery, DeskDepartmentsQueryVariables>;
export const AcknowledgeDispatchDocument = gql`
    mutation AcknowledgeDispatch($appealId: ID!, $departmentCode: String!) {
  acknowledgeDispatch(appealId: $appealId, departmentCode: $departmentCode) {
    ...DeskAppealSummary
  }
}
    ${DeskAppealSummaryFragmentDoc}`;
export type AcknowledgeDispatchMutationFn = Apollo.MutationFunction<AcknowledgeDispatchMutation, AcknowledgeDispatchMutationVariables>;

/**
 * __useAcknowledgeDispatchMutation__
 *
 * To run a mutation, you first call `useAcknowledgeDispatchMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAcknowledgeDispatchMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [acknowledgeDispatchMutation, { data, loading, error }] = useAcknowledgeDispatchMutation({
 *   variables: {
 *      appealId: // value for 'appealId'
 *      departmentCode: // value for 'departmentCode'
 *   },
 * });
 */
export function useAcknowledgeDispatchMutation(baseOptions?: Apollo.MutationHookOptions<AcknowledgeDispatchMutation, AcknowledgeDispatchMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<AcknowledgeDispatchMutation, AcknowledgeDispatchMutationVariables>(AcknowledgeDispatchDocument, options);
      }
export type AcknowledgeDispatchMutationHookResult = ReturnType<typeof useAcknowledgeDispatchMutation>;
export type AcknowledgeDispatchMutationResult = Apollo.MutationResult<AcknowledgeDispatchMutation>;
export type AcknowledgeDispatchMutationOptions = Apollo.BaseMutationOptions<AcknowledgeDispatchMutation, AcknowledgeDispatchMutationVariables>;
export const DeskAcceptAppealDocument = gql`
    mutation DeskAcceptAppeal($id: ID!, $note: String) {
  acceptAppeal(id: $id, note: $note) {
    ...DeskAppealSummary
  }
}
    ${DeskAppealSummaryFragmentDoc}`;
export type DeskAcceptAppealMutationFn = Apollo.MutationFunction<DeskAcceptAppealMutation, DeskAcceptAppealMutationVariables>;

/**
 * __useDeskAcceptAppealMutation__
 *
 * To run a mutation, you first call `useDeskAcceptAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskAcceptAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskAcceptAppealMutation, { data, loading, error }] = useDeskAcceptAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDeskAcceptAppealMutation(baseOptions?: Apollo.MutationHookOptions<DeskAcceptAppealMutation, DeskAcceptAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskAcceptAppealMutation, DeskAcceptAppealMutationVariables>(DeskAcceptAppealDocument, options);
      }
export type DeskAcceptAppealMutationHookResult = ReturnType<typeof useDeskAcceptAppealMutation>;
export type DeskAcceptAppealMutationResult = Apollo.MutationResult<DeskAcceptAppealMutation>;
export type DeskAcceptAppealMutationOptions = Apollo.BaseMutationOptions<DeskAcceptAppealMutation, DeskAcceptAppealMutationVariables>;
export const DeskHandleAppealDocument = gql`
    mutation DeskHandleAppeal($id: ID!, $note: String) {
  handleAppeal(id: $id, note: $note) {
    ...DeskAppealSummary
  }
}
    ${DeskAppealSummaryFragmentDoc}`;
export type DeskHandleAppealMutationFn = Apollo.MutationFunction<DeskHandleAppealMutation, DeskHandleAppealMutationVariables>;

/**
 * __useDeskHandleAppealMutation__
 *
 * To run a mutation, you first call `useDeskHandleAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskHandleAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskHandleAppealMutation, { data, loading, error }] = useDeskHandleAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDeskHandleAppealMutation(baseOptions?: Apollo.MutationHookOptions<DeskHandleAppealMutation, DeskHandleAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskHandleAppealMutation, DeskHandleAppealMutationVariables>(DeskHandleAppealDocument, options);
      }
export type DeskHandleAppealMutationHookResult = ReturnType<typeof useDeskHandleAppealMutation>;
export type DeskHandleAppealMutationResult = Apollo.MutationResult<DeskHandleAppealMutation>;
export type DeskHandleAppealMutationOptions = Apollo.BaseMutationOptions<DeskHandleAppealMutation, DeskHandleAppealMutationVariables>;
export const DeskTransferAppealDocument = gql`
    mutation DeskTransferAppeal($id: ID!, $note: String, $departmentCodes: [String!]!) {
  transferAppeal(id: $id, note: $note, departmentCodes: $departmentCodes) {
    ...DeskAppealSummary
  }
}
    ${DeskAppealSummaryFragmentDoc}`;
export type DeskTransferAppealMutationFn = Apollo.MutationFunction<DeskTransferAppealMutation, DeskTransferAppealMutationVariables>;

/**
 * __useDeskTransferAppealMutation__
 *
 * To run a mutation, you first call `useDeskTransferAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskTransferAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskTransferAppealMutation, { data, loading, error }] = useDeskTransferAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *      departmentCodes: // value for 'departmentCodes'
 *   },
 * });
 */
export function useDeskTransferAppealMutation(baseOptions?: Apollo.MutationHookOptions<DeskTransferAppealMutation, DeskTransferAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskTransferAppealMutation, DeskTransferAppealMutationVariables>(DeskTransferAppealDocument, options);
      }
export type DeskTransferAppealMutationHookResult = ReturnType<typeof useDeskTransferAppealMutation>;
export type DeskTransferAppealMutationResult = Apollo.MutationResult<DeskTransferAppealMutation>;
export type DeskTransferAppealMutationOptions = Apollo.BaseMutationOptions<DeskTransferAppealMutation, DeskTransferAppealMutationVariables>;
export const DeskResolveAppealDocument = gql`
    mutation DeskResolveAppeal($id: ID!, $feedback: String!) {
  resolveAppeal(id: $id, feedback: $feedback) {
    ...DeskAppealSummary
    feedback
    resolvedAt
  }
}
    ${DeskAppealSummaryFragmentDoc}`;
export type DeskResolveAppealMutationFn = Apollo.MutationFunction<DeskResolveAppealMutation, DeskResolveAppealMutationVariables>;

/**
 * __useDeskResolveAppealMutation__
 *
 * To run a mutation, you first call `useDeskResolveAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskResolveAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskResolveAppealMutation, { data, loading, error }] = useDeskResolveAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      feedback: // value for 'feedback'
 *   },
 * });
 */
export function useDeskResolveAppealMutation(baseOptions?: Apollo.MutationHookOptions<DeskResolveAppealMutation, DeskResolveAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskResolveAppealMutation, DeskResolveAppealMutationVariables>(DeskResolveAppealDocument, options);
      }
export type DeskResolveAppealMutationHookResult = ReturnType<typeof useDeskResolveAppealMutation>;
export type DeskResolveAppealMutationResult = Apollo.MutationResult<DeskResolveAppealMutation>;
export type DeskResolveAppealMutationOptions = Apollo.BaseMutationOptions<DeskResolveAppealMutation, DeskResolveAppealMutationVariables>;
export const DeskFindingsDocument = gql`
    query DeskFindings($departmentCode: String) {
  supervisionFindings(first: 100, departmentCode: $departmentCode) {
    totalCount
    nodes {
      ...DeskFinding
    }
  }
}
    ${DeskFindingFragmentDoc}`;

/**
 * __useDeskFindingsQuery__
 *
 * To run a query within a React component, call `useDeskFindingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDeskFindingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDeskFindingsQuery({
 *   variables: {
 *      departmentCode: // value for 'departmentCode'
 *   },
 * });
 */
export function useDeskFindingsQuery(baseOptions?: Apollo.QueryHookOptions<DeskFindingsQuery, DeskFindingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DeskFindingsQuery, DeskFindingsQueryVariables>(DeskFindingsDocument, options);
      }
export function useDeskFindingsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DeskFindingsQuery, DeskFindingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DeskFindingsQuery, DeskFindingsQueryVariables>(DeskFindingsDocument, options);
        }
// @ts-ignore
export function useDeskFindingsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DeskFindingsQuery, DeskFindingsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskFindingsQuery, DeskFindingsQueryVariables>;
export function useDeskFindingsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskFindingsQuery, DeskFindingsQueryVariables>): Apollo.UseSuspenseQueryResult<DeskFindingsQuery | undefined, DeskFindingsQueryVariables>;
export function useDeskFindingsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DeskFindingsQuery, DeskFindingsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DeskFindingsQuery, DeskFindingsQueryVariables>(DeskFindingsDocument, options);
        }
export type DeskFindingsQueryHookResult = ReturnType<typeof useDeskFindingsQuery>;
export type DeskFindingsLazyQueryHookResult = ReturnType<typeof useDeskFindingsLazyQuery>;
export type DeskFindingsSuspenseQueryHookResult = ReturnType<typeof useDeskFindingsSuspenseQuery>;
export type DeskFindingsQueryResult = Apollo.QueryResult<DeskFindingsQuery, DeskFindingsQueryVariables>;
export const DeskStartRectificationDocument = gql`
    mutation DeskStartRectification($id: ID!, $note: String) {
  startRectification(id: $id, note: $note) {
    ...DeskFinding
  }
}
    ${DeskFindingFragmentDoc}`;
export type DeskStartRectificationMutationFn = Apollo.MutationFunction<DeskStartRectificationMutation, DeskStartRectificationMutationVariables>;

/**
 * __useDeskStartRectificationMutation__
 *
 * To run a mutation, you first call `useDeskStartRectificationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskStartRectificationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskStartRectificationMutation, { data, loading, error }] = useDeskStartRectificationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDeskStartRectificationMutation(baseOptions?: Apollo.MutationHookOptions<DeskStartRectificationMutation, DeskStartRectificationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskStartRectificationMutation, DeskStartRectificationMutationVariables>(DeskStartRectificationDocument, options);
      }
export type DeskStartRectificationMutationHookResult = ReturnType<typeof useDeskStartRectificationMutation>;
export type DeskStartRectificationMutationResult = Apollo.MutationResult<DeskStartRectificationMutation>;
export type DeskStartRectificationMutationOptions = Apollo.BaseMutationOptions<DeskStartRectificationMutation, DeskStartRectificationMutationVariables>;
export const DeskReportRectifiedDocument = gql`
    mutation DeskReportRectified($id: ID!, $note: String) {
  reportRectified(id: $id, note: $note) {
    ...DeskFinding
  }
}
    ${DeskFindingFragmentDoc}`;
export type DeskReportRectifiedMutationFn = Apollo.MutationFunction<DeskReportRectifiedMutation, DeskReportRectifiedMutationVariables>;

/**
 * __useDeskReportRectifiedMutation__
 *
 * To run a mutation, you first call `useDeskReportRectifiedMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeskReportRectifiedMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deskReportRectifiedMutation, { data, loading, error }] = useDeskReportRectifiedMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDeskReportRectifiedMutation(baseOptions?: Apollo.MutationHookOptions<DeskReportRectifiedMutation, DeskReportRectifiedMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeskReportRectifiedMutation, DeskReportRectifiedMutationVariables>(DeskReportRectifiedDocument, options);
      }
export type DeskReportRectifiedMutationHookResult = ReturnType<typeof useDeskReportRectifiedMutation>;
export type DeskReportRectifiedMutationResult = Apollo.MutationResult<DeskReportRectifiedMutation>;
export type DeskReportRectifiedMutationOptions = Apollo.BaseMutationOptions<DeskReportRectifiedMutation, DeskReportRectifiedMutationVariables>;
export const DisciplineRulesDocument = gql`
    query DisciplineRules {
  conductRules(first: 100) {
    totalCount
    nodes {
      ...DisciplineRule
    }
  }
  departments(first: 100) {
    nodes {
      id
      code
      name
    }
  }
}
    ${DisciplineRuleFragmentDoc}`;

/**
 * __useDisciplineRulesQuery__
 *
 * To run a query within a React component, call `useDisciplineRulesQuery` and pass it any options that fit your needs.
 * When your component renders, `useDisciplineRulesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDisciplineRulesQuery({
 *   variables: {
 *   },
 * });
 */
export function useDisciplineRulesQuery(baseOptions?: Apollo.QueryHookOptions<DisciplineRulesQuery, DisciplineRulesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DisciplineRulesQuery, DisciplineRulesQueryVariables>(DisciplineRulesDocument, options);
      }
export function useDisciplineRulesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DisciplineRulesQuery, DisciplineRulesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DisciplineRulesQuery, DisciplineRulesQueryVariables>(DisciplineRulesDocument, options);
        }
// @ts-ignore
export function useDisciplineRulesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DisciplineRulesQuery, DisciplineRulesQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineRulesQuery, DisciplineRulesQueryVariables>;
export function useDisciplineRulesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineRulesQuery, DisciplineRulesQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineRulesQuery | undefined, DisciplineRulesQueryVariables>;
export function useDisciplineRulesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineRulesQuery, DisciplineRulesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DisciplineRulesQuery, DisciplineRulesQueryVariables>(DisciplineRulesDocument, options);
        }
export type DisciplineRulesQueryHookResult = ReturnType<typeof useDisciplineRulesQuery>;
export type DisciplineRulesLazyQueryHookResult = ReturnType<typeof useDisciplineRulesLazyQuery>;
export type DisciplineRulesSuspenseQueryHookResult = ReturnType<typeof useDisciplineRulesSuspenseQuery>;
export type DisciplineRulesQueryResult = Apollo.QueryResult<DisciplineRulesQuery, DisciplineRulesQueryVariables>;
export const DisciplineCasesDocument = gql`
    query DisciplineCases($status: MisconductCaseStatus) {
  misconductCases(first: 100, status: $status) {
    totalCount
    nodes {
      ...DisciplineCaseRow
    }
  }
}
    ${DisciplineCaseRowFragmentDoc}`;

/**
 * __useDisciplineCasesQuery__
 *
 * To run a query within a React component, call `useDisciplineCasesQuery` and pass it any options that fit your needs.
 * When your component renders, `useDisciplineCasesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDisciplineCasesQuery({
 *   variables: {
 *      status: // value for 'status'
 *   },
 * });
 */
export function useDisciplineCasesQuery(baseOptions?: Apollo.QueryHookOptions<DisciplineCasesQuery, DisciplineCasesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DisciplineCasesQuery, DisciplineCasesQueryVariables>(DisciplineCasesDocument, options);
      }
export function useDisciplineCasesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DisciplineCasesQuery, DisciplineCasesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DisciplineCasesQuery, DisciplineCasesQueryVariables>(DisciplineCasesDocument, options);
        }
// @ts-ignore
export function useDisciplineCasesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DisciplineCasesQuery, DisciplineCasesQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineCasesQuery, DisciplineCasesQueryVariables>;
export function useDisciplineCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineCasesQuery, DisciplineCasesQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineCasesQuery | undefined, DisciplineCasesQueryVariables>;
export function useDisciplineCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineCasesQuery, DisciplineCasesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DisciplineCasesQuery, DisciplineCasesQueryVariables>(DisciplineCasesDocument, options);
        }
export type DisciplineCasesQueryHookResult = ReturnType<typeof useDisciplineCasesQuery>;
export type DisciplineCasesLazyQueryHookResult = ReturnType<typeof useDisciplineCasesLazyQuery>;
export type DisciplineCasesSuspenseQueryHookResult = ReturnType<typeof useDisciplineCasesSuspenseQuery>;
export type DisciplineCasesQueryResult = Apollo.QueryResult<DisciplineCasesQuery, DisciplineCasesQueryVariables>;
export const DisciplineCaseDocument = gql`
    query DisciplineCase($id: ID!) {
  misconductCase(id: $id) {
    ...DisciplineCaseDetail
  }
}
    ${DisciplineCaseDetailFragmentDoc}`;

/**
 * __useDisciplineCaseQuery__
 *
 * To run a query within a React component, call `useDisciplineCaseQuery` and pass it any options that fit your needs.
 * When your component renders, `useDisciplineCaseQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDisciplineCaseQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDisciplineCaseQuery(baseOptions: Apollo.QueryHookOptions<DisciplineCaseQuery, DisciplineCaseQueryVariables> & ({ variables: DisciplineCaseQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DisciplineCaseQuery, DisciplineCaseQueryVariables>(DisciplineCaseDocument, options);
      }
export function useDisciplineCaseLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DisciplineCaseQuery, DisciplineCaseQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DisciplineCaseQuery, DisciplineCaseQueryVariables>(DisciplineCaseDocument, options);
        }
// @ts-ignore
export function useDisciplineCaseSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DisciplineCaseQuery, DisciplineCaseQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineCaseQuery, DisciplineCaseQueryVariables>;
export function useDisciplineCaseSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineCaseQuery, DisciplineCaseQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineCaseQuery | undefined, DisciplineCaseQueryVariables>;
export function useDisciplineCaseSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineCaseQuery, DisciplineCaseQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DisciplineCaseQuery, DisciplineCaseQueryVariables>(DisciplineCaseDocument, options);
        }
export type DisciplineCaseQueryHookResult = ReturnType<typeof useDisciplineCaseQuery>;
export type DisciplineCaseLazyQueryHookResult = ReturnType<typeof useDisciplineCaseLazyQuery>;
export type DisciplineCaseSuspenseQueryHookResult = ReturnType<typeof useDisciplineCaseSuspenseQuery>;
export type DisciplineCaseQueryResult = Apollo.QueryResult<DisciplineCaseQuery, DisciplineCaseQueryVariables>;
export const DisciplineReportCaseDocument = gql`
    mutation DisciplineReportCase($input: ReportMisconductCaseInput!) {
  reportMisconductCase(input: $input) {
    ...DisciplineCaseRow
  }
}
    ${DisciplineCaseRowFragmentDoc}`;
export type DisciplineReportCaseMutationFn = Apollo.MutationFunction<DisciplineReportCaseMutation, DisciplineReportCaseMutationVariables>;

/**
 * __useDisciplineReportCaseMutation__
 *
 * To run a mutation, you first call `useDisciplineReportCaseMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisciplineReportCaseMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disciplineReportCaseMutation, { data, loading, error }] = useDisciplineReportCaseMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useDisciplineReportCaseMutation(baseOptions?: Apollo.MutationHookOptions<DisciplineReportCaseMutation, DisciplineReportCaseMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DisciplineReportCaseMutation, DisciplineReportCaseMutationVariables>(DisciplineReportCaseDocument, options);
      }
export type DisciplineReportCaseMutationHookResult = ReturnType<typeof useDisciplineReportCaseMutation>;
export type DisciplineReportCaseMutationResult = Apollo.MutationResult<DisciplineReportCaseMutation>;
export type DisciplineReportCaseMutationOptions = Apollo.BaseMutationOptions<DisciplineReportCaseMutation, DisciplineReportCaseMutationVariables>;
export const DisciplineAdvanceCaseDocument = gql`
    mutation DisciplineAdvanceCase($id: ID!, $step: MisconductStep!, $note: String!) {
  advanceMisconductCase(id: $id, step: $step, note: $note) {
    ...DisciplineCaseDetail
  }
}
    ${DisciplineCaseDetailFragmentDoc}`;
export type DisciplineAdvanceCaseMutationFn = Apollo.MutationFunction<DisciplineAdvanceCaseMutation, DisciplineAdvanceCaseMutationVariables>;

/**
 * __useDisciplineAdvanceCaseMutation__
 *
 * To run a mutation, you first call `useDisciplineAdvanceCaseMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisciplineAdvanceCaseMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disciplineAdvanceCaseMutation, { data, loading, error }] = useDisciplineAdvanceCaseMutation({
 *   variables: {
 *      id: // value for 'id'
 *      step: // value for 'step'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDisciplineAdvanceCaseMutation(baseOptions?: Apollo.MutationHookOptions<DisciplineAdvanceCaseMutation, DisciplineAdvanceCaseMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DisciplineAdvanceCaseMutation, DisciplineAdvanceCaseMutationVariables>(DisciplineAdvanceCaseDocument, options);
      }
export type DisciplineAdvanceCaseMutationHookResult = ReturnType<typeof useDisciplineAdvanceCaseMutation>;
export type DisciplineAdvanceCaseMutationResult = Apollo.MutationResult<DisciplineAdvanceCaseMutation>;
export type DisciplineAdvanceCaseMutationOptions = Apollo.BaseMutationOptions<DisciplineAdvanceCaseMutation, DisciplineAdvanceCaseMutationVariables>;
export const DisciplineReviewCaseDocument = gql`
    mutation DisciplineReviewCase($id: ID!, $review: String!, $lessons: String!) {
  reviewMisconductCase(id: $id, review: $review, lessons: $lessons) {
    ...DisciplineCaseDetail
  }
}
    ${DisciplineCaseDetailFragmentDoc}`;
export type DisciplineReviewCaseMutationFn = Apollo.MutationFunction<DisciplineReviewCaseMutation, DisciplineReviewCaseMutationVariables>;

/**
 * __useDisciplineReviewCaseMutation__
 *
 * To run a mutation, you first call `useDisciplineReviewCaseMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDisciplineReviewCaseMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [disciplineReviewCaseMutation, { data, loading, error }] = useDisciplineReviewCaseMutation({
 *   variables: {
 *      id: // value for 'id'
 *      review: // value for 'review'
 *      lessons: // value for 'lessons'
 *   },
 * });
 */
export function useDisciplineReviewCaseMutation(baseOptions?: Apollo.MutationHookOptions<DisciplineReviewCaseMutation, DisciplineReviewCaseMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DisciplineReviewCaseMutation, DisciplineReviewCaseMutationVariables>(DisciplineReviewCaseDocument, options);
      }
export type DisciplineReviewCaseMutationHookResult = ReturnType<typeof useDisciplineReviewCaseMutation>;
export type DisciplineReviewCaseMutationResult = Apollo.MutationResult<DisciplineReviewCaseMutation>;
export type DisciplineReviewCaseMutationOptions = Apollo.BaseMutationOptions<DisciplineReviewCaseMutation, DisciplineReviewCaseMutationVariables>;
export const DisciplineFiguresDocument = gql`
    query DisciplineFigures {
  misconductFigures {
    byDepartment {
      departmentCode
      total
      open
    }
    byRule {
      rule {
        code
        kind
        text
      }
      total
      open
    }
  }
}
    `;

/**
 * __useDisciplineFiguresQuery__
 *
 * To run a query within a React component, call `useDisciplineFiguresQuery` and pass it any options that fit your needs.
 * When your component renders, `useDisciplineFiguresQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDisciplineFiguresQuery({
 *   variables: {
 *   },
 * });
 */
export function useDisciplineFiguresQuery(baseOptions?: Apollo.QueryHookOptions<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>(DisciplineFiguresDocument, options);
      }
export function useDisciplineFiguresLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>(DisciplineFiguresDocument, options);
        }
// @ts-ignore
export function useDisciplineFiguresSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>;
export function useDisciplineFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<DisciplineFiguresQuery | undefined, DisciplineFiguresQueryVariables>;
export function useDisciplineFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>(DisciplineFiguresDocument, options);
        }
export type DisciplineFiguresQueryHookResult = ReturnType<typeof useDisciplineFiguresQuery>;
export type DisciplineFiguresLazyQueryHookResult = ReturnType<typeof useDisciplineFiguresLazyQuery>;
export type DisciplineFiguresSuspenseQueryHookResult = ReturnType<typeof useDisciplineFiguresSuspenseQuery>;
export type DisciplineFiguresQueryResult = Apollo.QueryResult<DisciplineFiguresQuery, DisciplineFiguresQueryVariables>;
export const ServiceMatterListDocument = gql`
    query ServiceMatterList($first: Int!, $filter: ServiceMatterFilter) {
  serviceMatters(first: $first, filter: $filter) {
    totalCount
    nodes {
      id
      code
      name
      departmentCode
      legalDays
      promisedDays
      modes
      channels
      highFrequency
      listed
      version
      materials {
        code
        name
        deferrable
        replaceableByCommitment
        certificateFree
      }
    }
  }
}
    `;

/**
 * __useServiceMatterListQuery__
 *
 * To run a query within a React component, call `useServiceMatterListQuery` and pass it any options that fit your needs.
 * When your component renders, `useServiceMatterListQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useServiceMatterListQuery({
 *   variables: {
 *      first: // value for 'first'
 *      filter: // value for 'filter'
 *   },
 * });
 */
export function useServiceMatterListQuery(baseOptions: Apollo.QueryHookOptions<ServiceMatterListQuery, ServiceMatterListQueryVariables> & ({ variables: ServiceMatterListQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ServiceMatterListQuery, ServiceMatterListQueryVariables>(ServiceMatterListDocument, options);
      }
export function useServiceMatterListLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ServiceMatterListQuery, ServiceMatterListQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ServiceMatterListQuery, ServiceMatterListQueryVariables>(ServiceMatterListDocument, options);
        }
// @ts-ignore
export function useServiceMatterListSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ServiceMatterListQuery, ServiceMatterListQueryVariables>): Apollo.UseSuspenseQueryResult<ServiceMatterListQuery, ServiceMatterListQueryVariables>;
export function useServiceMatterListSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ServiceMatterListQuery, ServiceMatterListQueryVariables>): Apollo.UseSuspenseQueryResult<ServiceMatterListQuery | undefined, ServiceMatterListQueryVariables>;
export function useServiceMatterListSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ServiceMatterListQuery, ServiceMatterListQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ServiceMatterListQuery, ServiceMatterListQueryVariables>(ServiceMatterListDocument, options);
        }
export type ServiceMatterListQueryHookResult = ReturnType<typeof useServiceMatterListQuery>;
export type ServiceMatterListLazyQueryHookResult = ReturnType<typeof useServiceMatterListLazyQuery>;
export type ServiceMatterListSuspenseQueryHookResult = ReturnType<typeof useServiceMatterListSuspenseQuery>;
export type ServiceMatterListQueryResult = Apollo.QueryResult<ServiceMatterListQuery, ServiceMatterListQueryVariables>;
export const ServiceApplicationListDocument = gql`
    query ServiceApplicationList($first: Int!, $filter: ServiceApplicationFilter) {
  serviceApplications(first: $first, filter: $filter) {
    totalCount
    nodes {
      ...ServiceApplicationSummary
      enterprise {
        id
        name
      }
    }
  }
}
    ${ServiceApplicationSummaryFragmentDoc}`;

/**
 * __useServiceApplicationListQuery__
 *
 * To run a query within a React component, call `useServiceApplicationListQuery` and pass it any options that fit your needs.
 * When your component renders, `useServiceApplicationListQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useServiceApplicationListQuery({
 *   variables: {
 *      first: // value for 'first'
 *      filter: // value for 'filter'
 *   },
 * });
 */
export function useServiceApplicationListQuery(baseOptions: Apollo.QueryHookOptions<ServiceApplicationListQuery, ServiceApplicationListQueryVariables> & ({ variables: ServiceApplicationListQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>(ServiceApplicationListDocument, options);
      }
export function useServiceApplicationListLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>(ServiceApplicationListDocument, options);
        }
// @ts-ignore
export function useServiceApplicationListSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>): Apollo.UseSuspenseQueryResult<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>;
export function useServiceApplicationListSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>): Apollo.UseSuspenseQueryResult<ServiceApplicationListQuery | undefined, ServiceApplicationListQueryVariables>;
export function useServiceApplicationListSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>(ServiceApplicationListDocument, options);
        }
export type ServiceApplicationListQueryHookResult = ReturnType<typeof useServiceApplicationListQuery>;
export type ServiceApplicationListLazyQueryHookResult = ReturnType<typeof useServiceApplicationListLazyQuery>;
export type ServiceApplicationListSuspenseQueryHookResult = ReturnType<typeof useServiceApplicationListSuspenseQuery>;
export type ServiceApplicationListQueryResult = Apollo.QueryResult<ServiceApplicationListQuery, ServiceApplicationListQueryVariables>;
export const ApplyForServiceMatterDocument = gql`
    mutation ApplyForServiceMatter($input: ApplyForServiceMatterInput!) {
  applyForServiceMatter(input: $input) {
    ...ServiceApplicationSummary
  }
}
    ${ServiceApplicationSummaryFragmentDoc}`;
export type ApplyForServiceMatterMutationFn = Apollo.MutationFunction<ApplyForServiceMatterMutation, ApplyForServiceMatterMutationVariables>;

/**
 * __useApplyForServiceMatterMutation__
 *
 * To run a mutation, you first call `useApplyForServiceMatterMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useApplyForServiceMatterMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [applyForServiceMatterMutation, { data, loading, error }] = useApplyForServiceMatterMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useApplyForServiceMatterMutation(baseOptions?: Apollo.MutationHookOptions<ApplyForServiceMatterMutation, ApplyForServiceMatterMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ApplyForServiceMatterMutation, ApplyForServiceMatterMutationVariables>(ApplyForServiceMatterDocument, options);
      }
export type ApplyForServiceMatterMutationHookResult = ReturnType<typeof useApplyForServiceMatterMutation>;
export type ApplyForServiceMatterMutationResult = Apollo.MutationResult<ApplyForServiceMatterMutation>;
export type ApplyForServiceMatterMutationOptions = Apollo.BaseMutationOptions<ApplyForServiceMatterMutation, ApplyForServiceMatterMutationVariables>;
export const SupplyServiceMaterialsDocument = gql`
    mutation SupplyServiceMaterials($id: ID!, $materials: [String!]!) {
  supplyServiceMaterials(id: $id, materials: $materials) {
    ...ServiceApplicationSummary
  }
}
    ${ServiceApplicationSummaryFragmentDoc}`;
export type SupplyServiceMaterialsMutationFn = Apollo.MutationFunction<SupplyServiceMaterialsMutation, SupplyServiceMaterialsMutationVariables>;

/**
 * __useSupplyServiceMaterialsMutation__
 *
 * To run a mutation, you first call `useSupplyServiceMaterialsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSupplyServiceMaterialsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [supplyServiceMaterialsMutation, { data, loading, error }] = useSupplyServiceMaterialsMutation({
 *   variables: {
 *      id: // value for 'id'
 *      materials: // value for 'materials'
 *   },
 * });
 */
export function useSupplyServiceMaterialsMutation(baseOptions?: Apollo.MutationHookOptions<SupplyServiceMaterialsMutation, SupplyServiceMaterialsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<SupplyServiceMaterialsMutation, SupplyServiceMaterialsMutationVariables>(SupplyServiceMaterialsDocument, options);
      }
export type SupplyServiceMaterialsMutationHookResult = ReturnType<typeof useSupplyServiceMaterialsMutation>;
export type SupplyServiceMaterialsMutationResult = Apollo.MutationResult<SupplyServiceMaterialsMutation>;
export type SupplyServiceMaterialsMutationOptions = Apollo.BaseMutationOptions<SupplyServiceMaterialsMutation, SupplyServiceMaterialsMutationVariables>;
export const DecideServiceApplicationDocument = gql`
    mutation DecideServiceApplication($id: ID!, $approve: Boolean!, $note: String) {
  decideServiceApplication(id: $id, approve: $approve, note: $note) {
    ...ServiceApplicationSummary
  }
}
    ${ServiceApplicationSummaryFragmentDoc}`;
export type DecideServiceApplicationMutationFn = Apollo.MutationFunction<DecideServiceApplicationMutation, DecideServiceApplicationMutationVariables>;

/**
 * __useDecideServiceApplicationMutation__
 *
 * To run a mutation, you first call `useDecideServiceApplicationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDecideServiceApplicationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [decideServiceApplicationMutation, { data, loading, error }] = useDecideServiceApplicationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      approve: // value for 'approve'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useDecideServiceApplicationMutation(baseOptions?: Apollo.MutationHookOptions<DecideServiceApplicationMutation, DecideServiceApplicationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DecideServiceApplicationMutation, DecideServiceApplicationMutationVariables>(DecideServiceApplicationDocument, options);
      }
export type DecideServiceApplicationMutationHookResult = ReturnType<typeof useDecideServiceApplicationMutation>;
export type DecideServiceApplicationMutationResult = Apollo.MutationResult<DecideServiceApplicationMutation>;
export type DecideServiceApplicationMutationOptions = Apollo.BaseMutationOptions<DecideServiceApplicationMutation, DecideServiceApplicationMutationVariables>;
export const EasyBusinessBoardDocument = gql`
    query EasyBusinessBoard($year: Int!) {
  serviceTargets(year: $year) {
    mode
    counts
    target
    achieved
    progress
  }
  approvalFigures {
    asOf
    byDepartment {
      departmentCode
      accepted
      open
      decided
      decidedOnTime
      overdue
      escalated
      onTimeRate
    }
    byMatter {
      departmentCode
      matterCode
      matterName
      accepted
      overdue
      onTimeRate
    }
  }
}
    `;

/**
 * __useEasyBusinessBoardQuery__
 *
 * To run a query within a React component, call `useEasyBusinessBoardQuery` and pass it any options that fit your needs.
 * When your component renders, `useEasyBusinessBoardQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useEasyBusinessBoardQuery({
 *   variables: {
 *      year: // value for 'year'
 *   },
 * });
 */
export function useEasyBusinessBoardQuery(baseOptions: Apollo.QueryHookOptions<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables> & ({ variables: EasyBusinessBoardQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>(EasyBusinessBoardDocument, options);
      }
export function useEasyBusinessBoardLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>(EasyBusinessBoardDocument, options);
        }
// @ts-ignore
export function useEasyBusinessBoardSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>): Apollo.UseSuspenseQueryResult<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>;
export function useEasyBusinessBoardSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>): Apollo.UseSuspenseQueryResult<EasyBusinessBoardQuery | undefined, EasyBusinessBoardQueryVariables>;
export function useEasyBusinessBoardSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>(EasyBusinessBoardDocument, options);
        }
export type EasyBusinessBoardQueryHookResult = ReturnType<typeof useEasyBusinessBoardQuery>;
export type EasyBusinessBoardLazyQueryHookResult = ReturnType<typeof useEasyBusinessBoardLazyQuery>;
export type EasyBusinessBoardSuspenseQueryHookResult = ReturnType<typeof useEasyBusinessBoardSuspenseQuery>;
export type EasyBusinessBoardQueryResult = Apollo.QueryResult<EasyBusinessBoardQuery, EasyBusinessBoardQueryVariables>;
export const MyInspectionsDocument = gql`
    query MyInspections($enterpriseId: ID!, $after: String) {
  enterprise(id: $enterpriseId) {
    id
    name
    inspections(first: 20, after: $after) {
      nodes {
        id
        departmentCode
        inspectorName
        purpose
        legalBasis
        routine
        checkedInAt
        checkedOutAt
        durationSeconds
        findings
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    `;

/**
 * __useMyInspectionsQuery__
 *
 * To run a query within a React component, call `useMyInspectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyInspectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyInspectionsQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useMyInspectionsQuery(baseOptions: Apollo.QueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables> & ({ variables: MyInspectionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
      }
export function useMyInspectionsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
        }
// @ts-ignore
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>): Apollo.UseSuspenseQueryResult<MyInspectionsQuery, MyInspectionsQueryVariables>;
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>): Apollo.UseSuspenseQueryResult<MyInspectionsQuery | undefined, MyInspectionsQueryVariables>;
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
        }
export type MyInspectionsQueryHookResult = ReturnType<typeof useMyInspectionsQuery>;
export type MyInspectionsLazyQueryHookResult = ReturnType<typeof useMyInspectionsLazyQuery>;
export type MyInspectionsSuspenseQueryHookResult = ReturnType<typeof useMyInspectionsSuspenseQuery>;
export type MyInspectionsQueryResult = Apollo.QueryResult<MyInspectionsQuery, MyInspectionsQueryVariables>;
export const MyEnterpriseProjectsDocument = gql`
    query MyEnterpriseProjects($enterpriseId: ID!) {
  enterprise(id: $enterpriseId) {
    id
    name
    projects(first: 100) {
      id
      name
      departmentCodes
      createdAt
      butler {
        name
      }
      ledger {
        id
        title
        status
        raisedAt
        note
      }
    }
  }
}
    `;

/**
 * __useMyEnterpriseProjectsQuery__
 *
 * To run a query within a React component, call `useMyEnterpriseProjectsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyEnterpriseProjectsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyEnterpriseProjectsQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *   },
 * });
 */
export function useMyEnterpriseProjectsQuery(baseOptions: Apollo.QueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables> & ({ variables: MyEnterpriseProjectsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
      }
export function useMyEnterpriseProjectsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
        }
// @ts-ignore
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>): Apollo.UseSuspenseQueryResult<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>;
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>): Apollo.UseSuspenseQueryResult<MyEnterpriseProjectsQuery | undefined, MyEnterpriseProjectsQueryVariables>;
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
        }
export type MyEnterpriseProjectsQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsQuery>;
export type MyEnterpriseProjectsLazyQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsLazyQuery>;
export type MyEnterpriseProjectsSuspenseQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsSuspenseQuery>;
export type MyEnterpriseProjectsQueryResult = Apollo.QueryResult<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>;
export const MyPolicyMatchesDocument = gql`
    query MyPolicyMatches($enterpriseId: ID!) {
  policyMatches(enterpriseId: $enterpriseId) {
    qualifies
    policy {
      id
      title
      summary
      departmentCode
      amountCap
      opensOn
      closesOn
    }
    lacks {
      criterion
      required
      actual
    }
  }
}
    `;

/**
 * __useMyPolicyMatchesQuery__
 *
 * To run a query within a React component, call `useMyPolicyMatchesQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyPolicyMatchesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyPolicyMatchesQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *   },
 * });
 */
export function useMyPolicyMatchesQuery(baseOptions: Apollo.QueryHookOptions<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables> & ({ variables: MyPolicyMatchesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>(MyPolicyMatchesDocument, options);
      }
export function useMyPolicyMatchesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>(MyPolicyMatchesDocument, options);
        }
// @ts-ignore
export function useMyPolicyMatchesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>): Apollo.UseSuspenseQueryResult<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>;
export function useMyPolicyMatchesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>): Apollo.UseSuspenseQueryResult<MyPolicyMatchesQuery | undefined, MyPolicyMatchesQueryVariables>;
export function useMyPolicyMatchesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>(MyPolicyMatchesDocument, options);
        }
export type MyPolicyMatchesQueryHookResult = ReturnType<typeof useMyPolicyMatchesQuery>;
export type MyPolicyMatchesLazyQueryHookResult = ReturnType<typeof useMyPolicyMatchesLazyQuery>;
export type MyPolicyMatchesSuspenseQueryHookResult = ReturnType<typeof useMyPolicyMatchesSuspenseQuery>;
export type MyPolicyMatchesQueryResult = Apollo.QueryResult<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>;
export const MySubsidyApplicationsDocument = gql`
    query MySubsidyApplications {
  subsidyApplications(first: 50) {
    totalCount
    nodes {
      id
      status
      requestedAmount
      approvedAmount
      paidAmount
      appliedAt
      note
      policy {
        id
        title
        departmentCode
      }
    }
  }
}
    `;

/**
 * __useMySubsidyApplicationsQuery__
 *
 * To run a query within a React component, call `useMySubsidyApplicationsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMySubsidyApplicationsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMySubsidyApplicationsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMySubsidyApplicationsQuery(baseOptions?: Apollo.QueryHookOptions<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>(MySubsidyApplicationsDocument, options);
      }
export function useMySubsidyApplicationsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>(MySubsidyApplicationsDocument, options);
        }
// @ts-ignore
export function useMySubsidyApplicationsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>): Apollo.UseSuspenseQueryResult<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>;
export function useMySubsidyApplicationsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>): Apollo.UseSuspenseQueryResult<MySubsidyApplicationsQuery | undefined, MySubsidyApplicationsQueryVariables>;
export function useMySubsidyApplicationsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>(MySubsidyApplicationsDocument, options);
        }
export type MySubsidyApplicationsQueryHookResult = ReturnType<typeof useMySubsidyApplicationsQuery>;
export type MySubsidyApplicationsLazyQueryHookResult = ReturnType<typeof useMySubsidyApplicationsLazyQuery>;
export type MySubsidyApplicationsSuspenseQueryHookResult = ReturnType<typeof useMySubsidyApplicationsSuspenseQuery>;
export type MySubsidyApplicationsQueryResult = Apollo.QueryResult<MySubsidyApplicationsQuery, MySubsidyApplicationsQueryVariables>;
export const ApplyForSubsidyDocument = gql`
    mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {
  applyForSubsidy(input: $input) {
    id
    status
    requestedAmount
  }
}
    `;
export type ApplyForSubsidyMutationFn = Apollo.MutationFunction<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>;

/**
 * __useApplyForSubsidyMutation__
 *
 * To run a mutation, you first call `useApplyForSubsidyMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useApplyForSubsidyMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [applyForSubsidyMutation, { data, loading, error }] = useApplyForSubsidyMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useApplyForSubsidyMutation(baseOptions?: Apollo.MutationHookOptions<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>(ApplyForSubsidyDocument, options);
      }
export type ApplyForSubsidyMutationHookResult = ReturnType<typeof useApplyForSubsidyMutation>;
export type ApplyForSubsidyMutationResult = Apollo.MutationResult<ApplyForSubsidyMutation>;
export type ApplyForSubsidyMutationOptions = Apollo.BaseMutationOptions<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>;
export const MyFinancingNeedsDocument = gql`
    query MyFinancingNeeds {
  financingNeeds(first: 20) {
    totalCount
    nodes {
      id
      amount
      termMonths
      purpose
      neededBy
      createdAt
      matches {
        id
        answer
        answerNote
        product {
          id
          bankName
          productName
        }
      }
    }
  }
}
    `;

/**
 * __useMyFinancingNeedsQuery__
 *
 * To run a query within a React component, call `useMyFinancingNeedsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyFinancingNeedsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyFinancingNeedsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyFinancingNeedsQuery(baseOptions?: Apollo.QueryHookOptions<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>(MyFinancingNeedsDocument, options);
      }
export function useMyFinancingNeedsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>(MyFinancingNeedsDocument, options);
        }
// @ts-ignore
export function useMyFinancingNeedsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>): Apollo.UseSuspenseQueryResult<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>;
export function useMyFinancingNeedsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>): Apollo.UseSuspenseQueryResult<MyFinancingNeedsQuery | undefined, MyFinancingNeedsQueryVariables>;
export function useMyFinancingNeedsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>(MyFinancingNeedsDocument, options);
        }
export type MyFinancingNeedsQueryHookResult = ReturnType<typeof useMyFinancingNeedsQuery>;
export type MyFinancingNeedsLazyQueryHookResult = ReturnType<typeof useMyFinancingNeedsLazyQuery>;
export type MyFinancingNeedsSuspenseQueryHookResult = ReturnType<typeof useMyFinancingNeedsSuspenseQuery>;
export type MyFinancingNeedsQueryResult = Apollo.QueryResult<MyFinancingNeedsQuery, MyFinancingNeedsQueryVariables>;
export const FinancingMatchesDocument = gql`
    query FinancingMatches($needId: ID!) {
  financingMatches(needId: $needId) {
    qualifies
    product {
      id
      bankName
      productName
      minAmount
      maxAmount
      annualRatePercent
      maxTermMonths
    }
    lacks {
      criterion
      required
      actual
    }
  }
}
    `;

/**
 * __useFinancingMatchesQuery__
 *
 * To run a query within a React component, call `useFinancingMatchesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFinancingMatchesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useFinancingMatchesQuery({
 *   variables: {
 *      needId: // value for 'needId'
 *   },
 * });
 */
export function useFinancingMatchesQuery(baseOptions: Apollo.QueryHookOptions<FinancingMatchesQuery, FinancingMatchesQueryVariables> & ({ variables: FinancingMatchesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<FinancingMatchesQuery, FinancingMatchesQueryVariables>(FinancingMatchesDocument, options);
      }
export function useFinancingMatchesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<FinancingMatchesQuery, FinancingMatchesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<FinancingMatchesQuery, FinancingMatchesQueryVariables>(FinancingMatchesDocument, options);
        }
// @ts-ignore
export function useFinancingMatchesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<FinancingMatchesQuery, FinancingMatchesQueryVariables>): Apollo.UseSuspenseQueryResult<FinancingMatchesQuery, FinancingMatchesQueryVariables>;
export function useFinancingMatchesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FinancingMatchesQuery, FinancingMatchesQueryVariables>): Apollo.UseSuspenseQueryResult<FinancingMatchesQuery | undefined, FinancingMatchesQueryVariables>;
export function useFinancingMatchesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FinancingMatchesQuery, FinancingMatchesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<FinancingMatchesQuery, FinancingMatchesQueryVariables>(FinancingMatchesDocument, options);
        }
export type FinancingMatchesQueryHookResult = ReturnType<typeof useFinancingMatchesQuery>;
export type FinancingMatchesLazyQueryHookResult = ReturnType<typeof useFinancingMatchesLazyQuery>;
export type FinancingMatchesSuspenseQueryHookResult = ReturnType<typeof useFinancingMatchesSuspenseQuery>;
export type FinancingMatchesQueryResult = Apollo.QueryResult<FinancingMatchesQuery, FinancingMatchesQueryVariables>;
export const PostFinancingNeedDocument = gql`
    mutation PostFinancingNeed($input: PostFinancingNeedInput!) {
  postFinancingNeed(input: $input) {
    id
  }
}
    `;
export type PostFinancingNeedMutationFn = Apollo.MutationFunction<PostFinancingNeedMutation, PostFinancingNeedMutationVariables>;

/**
 * __usePostFinancingNeedMutation__
 *
 * To run a mutation, you first call `usePostFinancingNeedMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `usePostFinancingNeedMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [postFinancingNeedMutation, { data, loading, error }] = usePostFinancingNeedMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function usePostFinancingNeedMutation(baseOptions?: Apollo.MutationHookOptions<PostFinancingNeedMutation, PostFinancingNeedMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<PostFinancingNeedMutation, PostFinancingNeedMutationVariables>(PostFinancingNeedDocument, options);
      }
export type PostFinancingNeedMutationHookResult = ReturnType<typeof usePostFinancingNeedMutation>;
export type PostFinancingNeedMutationResult = Apollo.MutationResult<PostFinancingNeedMutation>;
export type PostFinancingNeedMutationOptions = Apollo.BaseMutationOptions<PostFinancingNeedMutation, PostFinancingNeedMutationVariables>;
export const MyPolicyNoticesDocument = gql`
    query MyPolicyNotices($after: String) {
  policyNotices(first: 50, after: $after) {
    totalCount
    nodes {
      id
      policyId
      title
      departmentCode
      amountCap
      opensOn
      closesOn
      publishedAt
      enterpriseId
      enterpriseName
      gridCellId
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `;

/**
 * __useMyPolicyNoticesQuery__
 *
 * To run a query within a React component, call `useMyPolicyNoticesQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyPolicyNoticesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyPolicyNoticesQuery({
 *   variables: {
 *      after: // value for 'after'
 *   },
 * });
 */
export function useMyPolicyNoticesQuery(baseOptions?: Apollo.QueryHookOptions<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>(MyPolicyNoticesDocument, options);
      }
export function useMyPolicyNoticesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>(MyPolicyNoticesDocument, options);
        }
// @ts-ignore
export function useMyPolicyNoticesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>): Apollo.UseSuspenseQueryResult<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>;
export function useMyPolicyNoticesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>): Apollo.UseSuspenseQueryResult<MyPolicyNoticesQuery | undefined, MyPolicyNoticesQueryVariables>;
export function useMyPolicyNoticesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>(MyPolicyNoticesDocument, options);
        }
export type MyPolicyNoticesQueryHookResult = ReturnType<typeof useMyPolicyNoticesQuery>;
export type MyPolicyNoticesLazyQueryHookResult = ReturnType<typeof useMyPolicyNoticesLazyQuery>;
export type MyPolicyNoticesSuspenseQueryHookResult = ReturnType<typeof useMyPolicyNoticesSuspenseQuery>;
export type MyPolicyNoticesQueryResult = Apollo.QueryResult<MyPolicyNoticesQuery, MyPolicyNoticesQueryVariables>;
export const RoastSessionsDocument = gql`
    query RoastSessions($first: Int!, $after: String) {
  roastSessions(first: $first, after: $after) {
    nodes {
      ...RoastSessionSummary
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${RoastSessionSummaryFragmentDoc}`;

/**
 * __useRoastSessionsQuery__
 *
 * To run a query within a React component, call `useRoastSessionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoastSessionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoastSessionsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useRoastSessionsQuery(baseOptions: Apollo.QueryHookOptions<RoastSessionsQuery, RoastSessionsQueryVariables> & ({ variables: RoastSessionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RoastSessionsQuery, RoastSessionsQueryVariables>(RoastSessionsDocument, options);
      }
export function useRoastSessionsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RoastSessionsQuery, RoastSessionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RoastSessionsQuery, RoastSessionsQueryVariables>(RoastSessionsDocument, options);
        }
// @ts-ignore
export function useRoastSessionsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RoastSessionsQuery, RoastSessionsQueryVariables>): Apollo.UseSuspenseQueryResult<RoastSessionsQuery, RoastSessionsQueryVariables>;
export function useRoastSessionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastSessionsQuery, RoastSessionsQueryVariables>): Apollo.UseSuspenseQueryResult<RoastSessionsQuery | undefined, RoastSessionsQueryVariables>;
export function useRoastSessionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastSessionsQuery, RoastSessionsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RoastSessionsQuery, RoastSessionsQueryVariables>(RoastSessionsDocument, options);
        }
export type RoastSessionsQueryHookResult = ReturnType<typeof useRoastSessionsQuery>;
export type RoastSessionsLazyQueryHookResult = ReturnType<typeof useRoastSessionsLazyQuery>;
export type RoastSessionsSuspenseQueryHookResult = ReturnType<typeof useRoastSessionsSuspenseQuery>;
export type RoastSessionsQueryResult = Apollo.QueryResult<RoastSessionsQuery, RoastSessionsQueryVariables>;
export const RoastSessionDocument = gql`
    query RoastSession($id: ID!) {
  roastSession(id: $id) {
    ...RoastSessionSummary
    createdBy
    attendingOfficers {
      id
      name
      enterpriseId
      enterpriseName
      sampleEnterprise
    }
    report {
      complaintCount
      closedCount
      complaints {
        complaintId
        appealId
        officerId
        officerName
        title
        status
        recordedAt
        closedAt
      }
    }
  }
}
    ${RoastSessionSummaryFragmentDoc}`;

/**
 * __useRoastSessionQuery__
 *
 * To run a query within a React component, call `useRoastSessionQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoastSessionQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoastSessionQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useRoastSessionQuery(baseOptions: Apollo.QueryHookOptions<RoastSessionQuery, RoastSessionQueryVariables> & ({ variables: RoastSessionQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RoastSessionQuery, RoastSessionQueryVariables>(RoastSessionDocument, options);
      }
export function useRoastSessionLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RoastSessionQuery, RoastSessionQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RoastSessionQuery, RoastSessionQueryVariables>(RoastSessionDocument, options);
        }
// @ts-ignore
export function useRoastSessionSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RoastSessionQuery, RoastSessionQueryVariables>): Apollo.UseSuspenseQueryResult<RoastSessionQuery, RoastSessionQueryVariables>;
export function useRoastSessionSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastSessionQuery, RoastSessionQueryVariables>): Apollo.UseSuspenseQueryResult<RoastSessionQuery | undefined, RoastSessionQueryVariables>;
export function useRoastSessionSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastSessionQuery, RoastSessionQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RoastSessionQuery, RoastSessionQueryVariables>(RoastSessionDocument, options);
        }
export type RoastSessionQueryHookResult = ReturnType<typeof useRoastSessionQuery>;
export type RoastSessionLazyQueryHookResult = ReturnType<typeof useRoastSessionLazyQuery>;
export type RoastSessionSuspenseQueryHookResult = ReturnType<typeof useRoastSessionSuspenseQuery>;
export type RoastSessionQueryResult = Apollo.QueryResult<RoastSessionQuery, RoastSessionQueryVariables>;
export const RoastChoicesDocument = gql`
    query RoastChoices {
  experienceOfficers(first: 100, status: ACTIVE) {
    nodes {
      id
      name
      enterpriseName
      enterpriseId
    }
    totalCount
  }
  appealCategories {
    code
    name
  }
}
    `;

/**
 * __useRoastChoicesQuery__
 *
 * To run a query within a React component, call `useRoastChoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoastChoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoastChoicesQuery({
 *   variables: {
 *   },
 * });
 */
export function useRoastChoicesQuery(baseOptions?: Apollo.QueryHookOptions<RoastChoicesQuery, RoastChoicesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RoastChoicesQuery, RoastChoicesQueryVariables>(RoastChoicesDocument, options);
      }
export function useRoastChoicesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RoastChoicesQuery, RoastChoicesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RoastChoicesQuery, RoastChoicesQueryVariables>(RoastChoicesDocument, options);
        }
// @ts-ignore
export function useRoastChoicesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RoastChoicesQuery, RoastChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<RoastChoicesQuery, RoastChoicesQueryVariables>;
export function useRoastChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastChoicesQuery, RoastChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<RoastChoicesQuery | undefined, RoastChoicesQueryVariables>;
export function useRoastChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastChoicesQuery, RoastChoicesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RoastChoicesQuery, RoastChoicesQueryVariables>(RoastChoicesDocument, options);
        }
export type RoastChoicesQueryHookResult = ReturnType<typeof useRoastChoicesQuery>;
export type RoastChoicesLazyQueryHookResult = ReturnType<typeof useRoastChoicesLazyQuery>;
export type RoastChoicesSuspenseQueryHookResult = ReturnType<typeof useRoastChoicesSuspenseQuery>;
export type RoastChoicesQueryResult = Apollo.QueryResult<RoastChoicesQuery, RoastChoicesQueryVariables>;
export const RoastEnterprisesDocument = gql`
    query RoastEnterprises {
  enterprises(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `;

/**
 * __useRoastEnterprisesQuery__
 *
 * To run a query within a React component, call `useRoastEnterprisesQuery` and pass it any options that fit your needs.
 * When your component renders, `useRoastEnterprisesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRoastEnterprisesQuery({
 *   variables: {
 *   },
 * });
 */
export function useRoastEnterprisesQuery(baseOptions?: Apollo.QueryHookOptions<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>(RoastEnterprisesDocument, options);
      }
export function useRoastEnterprisesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>(RoastEnterprisesDocument, options);
        }
// @ts-ignore
export function useRoastEnterprisesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>): Apollo.UseSuspenseQueryResult<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>;
export function useRoastEnterprisesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>): Apollo.UseSuspenseQueryResult<RoastEnterprisesQuery | undefined, RoastEnterprisesQueryVariables>;
export function useRoastEnterprisesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>(RoastEnterprisesDocument, options);
        }
export type RoastEnterprisesQueryHookResult = ReturnType<typeof useRoastEnterprisesQuery>;
export type RoastEnterprisesLazyQueryHookResult = ReturnType<typeof useRoastEnterprisesLazyQuery>;
export type RoastEnterprisesSuspenseQueryHookResult = ReturnType<typeof useRoastEnterprisesSuspenseQuery>;
export type RoastEnterprisesQueryResult = Apollo.QueryResult<RoastEnterprisesQuery, RoastEnterprisesQueryVariables>;
export const CreateRoastSessionDocument = gql`
    mutation CreateRoastSession($input: CreateRoastSessionInput!) {
  createRoastSession(input: $input) {
    ...RoastSessionSummary
  }
}
    ${RoastSessionSummaryFragmentDoc}`;
export type CreateRoastSessionMutationFn = Apollo.MutationFunction<CreateRoastSessionMutation, CreateRoastSessionMutationVariables>;

/**
 * __useCreateRoastSessionMutation__
 *
 * To run a mutation, you first call `useCreateRoastSessionMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateRoastSessionMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createRoastSessionMutation, { data, loading, error }] = useCreateRoastSessionMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateRoastSessionMutation(baseOptions?: Apollo.MutationHookOptions<CreateRoastSessionMutation, CreateRoastSessionMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateRoastSessionMutation, CreateRoastSessionMutationVariables>(CreateRoastSessionDocument, options);
      }
export type CreateRoastSessionMutationHookResult = ReturnType<typeof useCreateRoastSessionMutation>;
export type CreateRoastSessionMutationResult = Apollo.MutationResult<CreateRoastSessionMutation>;
export type CreateRoastSessionMutationOptions = Apollo.BaseMutationOptions<CreateRoastSessionMutation, CreateRoastSessionMutationVariables>;
export const RecordRoastComplaintDocument = gql`
    mutation RecordRoastComplaint($sessionId: ID!, $input: RecordRoastComplaintInput!) {
  recordRoastComplaint(sessionId: $sessionId, input: $input) {
    id
    title
    status
    channel
  }
}
    `;
export type RecordRoastComplaintMutationFn = Apollo.MutationFunction<RecordRoastComplaintMutation, RecordRoastComplaintMutationVariables>;

/**
 * __useRecordRoastComplaintMutation__
 *
 * To run a mutation, you first call `useRecordRoastComplaintMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRecordRoastComplaintMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [recordRoastComplaintMutation, { data, loading, error }] = useRecordRoastComplaintMutation({
 *   variables: {
 *      sessionId: // value for 'sessionId'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useRecordRoastComplaintMutation(baseOptions?: Apollo.MutationHookOptions<RecordRoastComplaintMutation, RecordRoastComplaintMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<RecordRoastComplaintMutation, RecordRoastComplaintMutationVariables>(RecordRoastComplaintDocument, options);
      }
export type RecordRoastComplaintMutationHookResult = ReturnType<typeof useRecordRoastComplaintMutation>;
export type RecordRoastComplaintMutationResult = Apollo.MutationResult<RecordRoastComplaintMutation>;
export type RecordRoastComplaintMutationOptions = Apollo.BaseMutationOptions<RecordRoastComplaintMutation, RecordRoastComplaintMutationVariables>;
export const MyGridCellsDocument = gql`
    query MyGridCells {
  gridCells(first: 100) {
    nodes {
      id
      code
      name
      kind
      boundary {
        lat
        lng
      }
    }
  }
}
    `;

/**
 * __useMyGridCellsQuery__
 *
 * To run a query within a React component, call `useMyGridCellsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyGridCellsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyGridCellsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyGridCellsQuery(baseOptions?: Apollo.QueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
      }
export function useMyGridCellsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
        }
// @ts-ignore
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>): Apollo.UseSuspenseQueryResult<MyGridCellsQuery, MyGridCellsQueryVariables>;
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>): Apollo.UseSuspenseQueryResult<MyGridCellsQuery | undefined, MyGridCellsQueryVariables>;
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
        }
export type MyGridCellsQueryHookResult = ReturnType<typeof useMyGridCellsQuery>;
export type MyGridCellsLazyQueryHookResult = ReturnType<typeof useMyGridCellsLazyQuery>;
export type MyGridCellsSuspenseQueryHookResult = ReturnType<typeof useMyGridCellsSuspenseQuery>;
export type MyGridCellsQueryResult = Apollo.QueryResult<MyGridCellsQuery, MyGridCellsQueryVariables>;
export const GridCellDetailDocument = gql`
    query GridCellDetail($id: ID!) {
  gridCell(id: $id) {
    id
    code
    name
    kind
    boundary {
      lat
      lng
    }
    region {
      id
      name
    }
    enterprises(first: 100) {
      id
      name
      creditCode
      contactName
      contactPhone
    }
    appeals(first: 100) {
      ...AppealListItem
    }
    volunteerTeams {
      id
      code
      name
    }
  }
}
    ${AppealListItemFragmentDoc}`;

/**
 * __useGridCellDetailQuery__
 *
 * To run a query within a React component, call `useGridCellDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useGridCellDetailQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useGridCellDetailQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useGridCellDetailQuery(baseOptions: Apollo.QueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables> & ({ variables: GridCellDetailQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
      }
export function useGridCellDetailLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
        }
// @ts-ignore
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>): Apollo.UseSuspenseQueryResult<GridCellDetailQuery, GridCellDetailQueryVariables>;
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>): Apollo.UseSuspenseQueryResult<GridCellDetailQuery | undefined, GridCellDetailQueryVariables>;
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
        }
export type GridCellDetailQueryHookResult = ReturnType<typeof useGridCellDetailQuery>;
export type GridCellDetailLazyQueryHookResult = ReturnType<typeof useGridCellDetailLazyQuery>;
export type GridCellDetailSuspenseQueryHookResult = ReturnType<typeof useGridCellDetailSuspenseQuery>;
export type GridCellDetailQueryResult = Apollo.QueryResult<GridCellDetailQuery, GridCellDetailQueryVariables>;
export const PromiseLedgerDocument = gql`
    query PromiseLedger($state: PromiseState) {
  policyPromises(first: 100, state: $state) {
    totalCount
    nodes {
      id
      text
      ownerDepartmentCode
      dueOn
      state
      fulfilledAt
      fulfilmentNote
      escalatedAt
      sample
      project {
        id
        name
      }
      talent {
        id
        name
        category
      }
    }
  }
}
    `;

/**
 * __usePromiseLedgerQuery__
 *
 * To run a query within a React component, call `usePromiseLedgerQuery` and pass it any options that fit your needs.
 * When your component renders, `usePromiseLedgerQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = usePromiseLedgerQuery({
 *   variables: {
 *      state: // value for 'state'
 *   },
 * });
 */
export function usePromiseLedgerQuery(baseOptions?: Apollo.QueryHookOptions<PromiseLedgerQuery, PromiseLedgerQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<PromiseLedgerQuery, PromiseLedgerQueryVariables>(PromiseLedgerDocument, options);
      }
export function usePromiseLedgerLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<PromiseLedgerQuery, PromiseLedgerQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<PromiseLedgerQuery, PromiseLedgerQueryVariables>(PromiseLedgerDocument, options);
        }
// @ts-ignore
export function usePromiseLedgerSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<PromiseLedgerQuery, PromiseLedgerQueryVariables>): Apollo.UseSuspenseQueryResult<PromiseLedgerQuery, PromiseLedgerQueryVariables>;
export function usePromiseLedgerSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PromiseLedgerQuery, PromiseLedgerQueryVariables>): Apollo.UseSuspenseQueryResult<PromiseLedgerQuery | undefined, PromiseLedgerQueryVariables>;
export function usePromiseLedgerSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PromiseLedgerQuery, PromiseLedgerQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<PromiseLedgerQuery, PromiseLedgerQueryVariables>(PromiseLedgerDocument, options);
        }
export type PromiseLedgerQueryHookResult = ReturnType<typeof usePromiseLedgerQuery>;
export type PromiseLedgerLazyQueryHookResult = ReturnType<typeof usePromiseLedgerLazyQuery>;
export type PromiseLedgerSuspenseQueryHookResult = ReturnType<typeof usePromiseLedgerSuspenseQuery>;
export type PromiseLedgerQueryResult = Apollo.QueryResult<PromiseLedgerQuery, PromiseLedgerQueryVariables>;
export const FulfilPolicyPromiseDocument = gql`
    mutation FulfilPolicyPromise($id: ID!, $note: String!) {
  fulfilPolicyPromise(id: $id, note: $note) {
    id
    state
    fulfilledAt
    fulfilmentNote
  }
}
    `;
export type FulfilPolicyPromiseMutationFn = Apollo.MutationFunction<FulfilPolicyPromiseMutation, FulfilPolicyPromiseMutationVariables>;

/**
 * __useFulfilPolicyPromiseMutation__
 *
 * To run a mutation, you first call `useFulfilPolicyPromiseMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useFulfilPolicyPromiseMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [fulfilPolicyPromiseMutation, { data, loading, error }] = useFulfilPolicyPromiseMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useFulfilPolicyPromiseMutation(baseOptions?: Apollo.MutationHookOptions<FulfilPolicyPromiseMutation, FulfilPolicyPromiseMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<FulfilPolicyPromiseMutation, FulfilPolicyPromiseMutationVariables>(FulfilPolicyPromiseDocument, options);
      }
export type FulfilPolicyPromiseMutationHookResult = ReturnType<typeof useFulfilPolicyPromiseMutation>;
export type FulfilPolicyPromiseMutationResult = Apollo.MutationResult<FulfilPolicyPromiseMutation>;
export type FulfilPolicyPromiseMutationOptions = Apollo.BaseMutationOptions<FulfilPolicyPromiseMutation, FulfilPolicyPromiseMutationVariables>;
export const TalentFiguresDocument = gql`
    query TalentFigures($year: Int!) {
  talentFigures(year: $year) {
    category
    label
    target
    atLeast
    count
    progress
    met
  }
}
    `;

/**
 * __useTalentFiguresQuery__
 *
 * To run a query within a React component, call `useTalentFiguresQuery` and pass it any options that fit your needs.
 * When your component renders, `useTalentFiguresQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useTalentFiguresQuery({
 *   variables: {
 *      year: // value for 'year'
 *   },
 * });
 */
export function useTalentFiguresQuery(baseOptions: Apollo.QueryHookOptions<TalentFiguresQuery, TalentFiguresQueryVariables> & ({ variables: TalentFiguresQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<TalentFiguresQuery, TalentFiguresQueryVariables>(TalentFiguresDocument, options);
      }
export function useTalentFiguresLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<TalentFiguresQuery, TalentFiguresQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<TalentFiguresQuery, TalentFiguresQueryVariables>(TalentFiguresDocument, options);
        }
// @ts-ignore
export function useTalentFiguresSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<TalentFiguresQuery, TalentFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<TalentFiguresQuery, TalentFiguresQueryVariables>;
export function useTalentFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<TalentFiguresQuery, TalentFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<TalentFiguresQuery | undefined, TalentFiguresQueryVariables>;
export function useTalentFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<TalentFiguresQuery, TalentFiguresQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<TalentFiguresQuery, TalentFiguresQueryVariables>(TalentFiguresDocument, options);
        }
export type TalentFiguresQueryHookResult = ReturnType<typeof useTalentFiguresQuery>;
export type TalentFiguresLazyQueryHookResult = ReturnType<typeof useTalentFiguresLazyQuery>;
export type TalentFiguresSuspenseQueryHookResult = ReturnType<typeof useTalentFiguresSuspenseQuery>;
export type TalentFiguresQueryResult = Apollo.QueryResult<TalentFiguresQuery, TalentFiguresQueryVariables>;
export const BoardFiguresDocument = gql`
    query BoardFigures($from: DateTime) {
  byDepartment: appealFigures(groupBy: DEPARTMENT, from: $from) {
    ...BoardFigureRow
  }
  byCell: appealFigures(groupBy: GRID_CELL, from: $from) {
    ...BoardFigureRow
  }
  byMode: appealFigures(groupBy: HANDLING_MODE, from: $from) {
    ...BoardFigureRow
  }
}
    ${BoardFigureRowFragmentDoc}`;

/**
 * __useBoardFiguresQuery__
 *
 * To run a query within a React component, call `useBoardFiguresQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardFiguresQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardFiguresQuery({
 *   variables: {
 *      from: // value for 'from'
 *   },
 * });
 */
export function useBoardFiguresQuery(baseOptions?: Apollo.QueryHookOptions<BoardFiguresQuery, BoardFiguresQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<BoardFiguresQuery, BoardFiguresQueryVariables>(BoardFiguresDocument, options);
      }
export function useBoardFiguresLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<BoardFiguresQuery, BoardFiguresQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<BoardFiguresQuery, BoardFiguresQueryVariables>(BoardFiguresDocument, options);
        }
// @ts-ignore
export function useBoardFiguresSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<BoardFiguresQuery, BoardFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFiguresQuery, BoardFiguresQueryVariables>;
export function useBoardFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFiguresQuery, BoardFiguresQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFiguresQuery | undefined, BoardFiguresQueryVariables>;
export function useBoardFiguresSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFiguresQuery, BoardFiguresQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<BoardFiguresQuery, BoardFiguresQueryVariables>(BoardFiguresDocument, options);
        }
export type BoardFiguresQueryHookResult = ReturnType<typeof useBoardFiguresQuery>;
export type BoardFiguresLazyQueryHookResult = ReturnType<typeof useBoardFiguresLazyQuery>;
export type BoardFiguresSuspenseQueryHookResult = ReturnType<typeof useBoardFiguresSuspenseQuery>;
export type BoardFiguresQueryResult = Apollo.QueryResult<BoardFiguresQuery, BoardFiguresQueryVariables>;
export const BoardOverdueDocument = gql`
    query BoardOverdue($first: Int!, $after: String) {
  overdueAppeals(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...BoardAppeal
    }
  }
}
    ${BoardAppealFragmentDoc}`;

/**
 * __useBoardOverdueQuery__
 *
 * To run a query within a React component, call `useBoardOverdueQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardOverdueQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardOverdueQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useBoardOverdueQuery(baseOptions: Apollo.QueryHookOptions<BoardOverdueQuery, BoardOverdueQueryVariables> & ({ variables: BoardOverdueQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<BoardOverdueQuery, BoardOverdueQueryVariables>(BoardOverdueDocument, options);
      }
export function useBoardOverdueLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<BoardOverdueQuery, BoardOverdueQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<BoardOverdueQuery, BoardOverdueQueryVariables>(BoardOverdueDocument, options);
        }
// @ts-ignore
export function useBoardOverdueSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<BoardOverdueQuery, BoardOverdueQueryVariables>): Apollo.UseSuspenseQueryResult<BoardOverdueQuery, BoardOverdueQueryVariables>;
export function useBoardOverdueSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardOverdueQuery, BoardOverdueQueryVariables>): Apollo.UseSuspenseQueryResult<BoardOverdueQuery | undefined, BoardOverdueQueryVariables>;
export function useBoardOverdueSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardOverdueQuery, BoardOverdueQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<BoardOverdueQuery, BoardOverdueQueryVariables>(BoardOverdueDocument, options);
        }
export type BoardOverdueQueryHookResult = ReturnType<typeof useBoardOverdueQuery>;
export type BoardOverdueLazyQueryHookResult = ReturnType<typeof useBoardOverdueLazyQuery>;
export type BoardOverdueSuspenseQueryHookResult = ReturnType<typeof useBoardOverdueSuspenseQuery>;
export type BoardOverdueQueryResult = Apollo.QueryResult<BoardOverdueQuery, BoardOverdueQueryVariables>;
export const BoardFindingsDocument = gql`
    query BoardFindings($status: FindingStatus) {
  supervisionFindings(first: 100, status: $status) {
    totalCount
    nodes {
      ...BoardFinding
    }
  }
}
    ${BoardFindingFragmentDoc}`;

/**
 * __useBoardFindingsQuery__
 *
 * To run a query within a React component, call `useBoardFindingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardFindingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardFindingsQuery({
 *   variables: {
 *      status: // value for 'status'
 *   },
 * });
 */
export function useBoardFindingsQuery(baseOptions?: Apollo.QueryHookOptions<BoardFindingsQuery, BoardFindingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<BoardFindingsQuery, BoardFindingsQueryVariables>(BoardFindingsDocument, options);
      }
export function useBoardFindingsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<BoardFindingsQuery, BoardFindingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<BoardFindingsQuery, BoardFindingsQueryVariables>(BoardFindingsDocument, options);
        }
// @ts-ignore
export function useBoardFindingsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<BoardFindingsQuery, BoardFindingsQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFindingsQuery, BoardFindingsQueryVariables>;
export function useBoardFindingsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFindingsQuery, BoardFindingsQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFindingsQuery | undefined, BoardFindingsQueryVariables>;
export function useBoardFindingsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFindingsQuery, BoardFindingsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<BoardFindingsQuery, BoardFindingsQueryVariables>(BoardFindingsDocument, options);
        }
export type BoardFindingsQueryHookResult = ReturnType<typeof useBoardFindingsQuery>;
export type BoardFindingsLazyQueryHookResult = ReturnType<typeof useBoardFindingsLazyQuery>;
export type BoardFindingsSuspenseQueryHookResult = ReturnType<typeof useBoardFindingsSuspenseQuery>;
export type BoardFindingsQueryResult = Apollo.QueryResult<BoardFindingsQuery, BoardFindingsQueryVariables>;
export const BoardVerifyFindingDocument = gql`
    mutation BoardVerifyFinding($id: ID!, $note: String) {
  verifyFinding(id: $id, note: $note) {
    ...BoardFinding
  }
}
    ${BoardFindingFragmentDoc}`;
export type BoardVerifyFindingMutationFn = Apollo.MutationFunction<BoardVerifyFindingMutation, BoardVerifyFindingMutationVariables>;

/**
 * __useBoardVerifyFindingMutation__
 *
 * To run a mutation, you first call `useBoardVerifyFindingMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useBoardVerifyFindingMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [boardVerifyFindingMutation, { data, loading, error }] = useBoardVerifyFindingMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useBoardVerifyFindingMutation(baseOptions?: Apollo.MutationHookOptions<BoardVerifyFindingMutation, BoardVerifyFindingMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<BoardVerifyFindingMutation, BoardVerifyFindingMutationVariables>(BoardVerifyFindingDocument, options);
      }
export type BoardVerifyFindingMutationHookResult = ReturnType<typeof useBoardVerifyFindingMutation>;
export type BoardVerifyFindingMutationResult = Apollo.MutationResult<BoardVerifyFindingMutation>;
export type BoardVerifyFindingMutationOptions = Apollo.BaseMutationOptions<BoardVerifyFindingMutation, BoardVerifyFindingMutationVariables>;
export const BoardRejectRectificationDocument = gql`
    mutation BoardRejectRectification($id: ID!, $note: String!) {
  rejectRectification(id: $id, note: $note) {
    ...BoardFinding
  }
}
    ${BoardFindingFragmentDoc}`;
export type BoardRejectRectificationMutationFn = Apollo.MutationFunction<BoardRejectRectificationMutation, BoardRejectRectificationMutationVariables>;

/**
 * __useBoardRejectRectificationMutation__
 *
 * To run a mutation, you first call `useBoardRejectRectificationMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useBoardRejectRectificationMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [boardRejectRectificationMutation, { data, loading, error }] = useBoardRejectRectificationMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useBoardRejectRectificationMutation(baseOptions?: Apollo.MutationHookOptions<BoardRejectRectificationMutation, BoardRejectRectificationMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<BoardRejectRectificationMutation, BoardRejectRectificationMutationVariables>(BoardRejectRectificationDocument, options);
      }
export type BoardRejectRectificationMutationHookResult = ReturnType<typeof useBoardRejectRectificationMutation>;
export type BoardRejectRectificationMutationResult = Apollo.MutationResult<BoardRejectRectificationMutation>;
export type BoardRejectRectificationMutationOptions = Apollo.BaseMutationOptions<BoardRejectRectificationMutation, BoardRejectRectificationMutationVariables>;
export const BoardFindingChoicesDocument = gql`
    query BoardFindingChoices {
  conductRules(first: 100) {
    nodes {
      code
      kind
      text
    }
  }
  departments(first: 100) {
    nodes {
      id
      code
      name
    }
  }
}
    `;

/**
 * __useBoardFindingChoicesQuery__
 *
 * To run a query within a React component, call `useBoardFindingChoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardFindingChoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardFindingChoicesQuery({
 *   variables: {
 *   },
 * });
 */
export function useBoardFindingChoicesQuery(baseOptions?: Apollo.QueryHookOptions<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>(BoardFindingChoicesDocument, options);
      }
export function useBoardFindingChoicesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>(BoardFindingChoicesDocument, options);
        }
// @ts-ignore
export function useBoardFindingChoicesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>;
export function useBoardFindingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<BoardFindingChoicesQuery | undefined, BoardFindingChoicesQueryVariables>;
export function useBoardFindingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>(BoardFindingChoicesDocument, options);
        }
export type BoardFindingChoicesQueryHookResult = ReturnType<typeof useBoardFindingChoicesQuery>;
export type BoardFindingChoicesLazyQueryHookResult = ReturnType<typeof useBoardFindingChoicesLazyQuery>;
export type BoardFindingChoicesSuspenseQueryHookResult = ReturnType<typeof useBoardFindingChoicesSuspenseQuery>;
export type BoardFindingChoicesQueryResult = Apollo.QueryResult<BoardFindingChoicesQuery, BoardFindingChoicesQueryVariables>;
export const BoardRecordFindingDocument = gql`
    mutation BoardRecordFinding($input: RecordSupervisionFindingInput!) {
  recordSupervisionFinding(input: $input) {
    ...BoardFinding
  }
}
    ${BoardFindingFragmentDoc}`;
export type BoardRecordFindingMutationFn = Apollo.MutationFunction<BoardRecordFindingMutation, BoardRecordFindingMutationVariables>;

/**
 * __useBoardRecordFindingMutation__
 *
 * To run a mutation, you first call `useBoardRecordFindingMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useBoardRecordFindingMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [boardRecordFindingMutation, { data, loading, error }] = useBoardRecordFindingMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useBoardRecordFindingMutation(baseOptions?: Apollo.MutationHookOptions<BoardRecordFindingMutation, BoardRecordFindingMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<BoardRecordFindingMutation, BoardRecordFindingMutationVariables>(BoardRecordFindingDocument, options);
      }
export type BoardRecordFindingMutationHookResult = ReturnType<typeof useBoardRecordFindingMutation>;
export type BoardRecordFindingMutationResult = Apollo.MutationResult<BoardRecordFindingMutation>;
export type BoardRecordFindingMutationOptions = Apollo.BaseMutationOptions<BoardRecordFindingMutation, BoardRecordFindingMutationVariables>;
export const WeekCasesDocument = gql`
    query WeekCases {
  appeals(first: 100) {
    totalCount
    nodes {
      ...WeekCase
    }
  }
}
    ${WeekCaseFragmentDoc}`;

/**
 * __useWeekCasesQuery__
 *
 * To run a query within a React component, call `useWeekCasesQuery` and pass it any options that fit your needs.
 * When your component renders, `useWeekCasesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useWeekCasesQuery({
 *   variables: {
 *   },
 * });
 */
export function useWeekCasesQuery(baseOptions?: Apollo.QueryHookOptions<WeekCasesQuery, WeekCasesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<WeekCasesQuery, WeekCasesQueryVariables>(WeekCasesDocument, options);
      }
export function useWeekCasesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<WeekCasesQuery, WeekCasesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<WeekCasesQuery, WeekCasesQueryVariables>(WeekCasesDocument, options);
        }
// @ts-ignore
export function useWeekCasesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<WeekCasesQuery, WeekCasesQueryVariables>): Apollo.UseSuspenseQueryResult<WeekCasesQuery, WeekCasesQueryVariables>;
export function useWeekCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekCasesQuery, WeekCasesQueryVariables>): Apollo.UseSuspenseQueryResult<WeekCasesQuery | undefined, WeekCasesQueryVariables>;
export function useWeekCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekCasesQuery, WeekCasesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<WeekCasesQuery, WeekCasesQueryVariables>(WeekCasesDocument, options);
        }
export type WeekCasesQueryHookResult = ReturnType<typeof useWeekCasesQuery>;
export type WeekCasesLazyQueryHookResult = ReturnType<typeof useWeekCasesLazyQuery>;
export type WeekCasesSuspenseQueryHookResult = ReturnType<typeof useWeekCasesSuspenseQuery>;
export type WeekCasesQueryResult = Apollo.QueryResult<WeekCasesQuery, WeekCasesQueryVariables>;
export const WeekClaimCaseDocument = gql`
    mutation WeekClaimCase($id: ID!) {
  assignLeader(id: $id) {
    ...WeekCase
  }
}
    ${WeekCaseFragmentDoc}`;
export type WeekClaimCaseMutationFn = Apollo.MutationFunction<WeekClaimCaseMutation, WeekClaimCaseMutationVariables>;

/**
 * __useWeekClaimCaseMutation__
 *
 * To run a mutation, you first call `useWeekClaimCaseMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useWeekClaimCaseMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [weekClaimCaseMutation, { data, loading, error }] = useWeekClaimCaseMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useWeekClaimCaseMutation(baseOptions?: Apollo.MutationHookOptions<WeekClaimCaseMutation, WeekClaimCaseMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<WeekClaimCaseMutation, WeekClaimCaseMutationVariables>(WeekClaimCaseDocument, options);
      }
export type WeekClaimCaseMutationHookResult = ReturnType<typeof useWeekClaimCaseMutation>;
export type WeekClaimCaseMutationResult = Apollo.MutationResult<WeekClaimCaseMutation>;
export type WeekClaimCaseMutationOptions = Apollo.BaseMutationOptions<WeekClaimCaseMutation, WeekClaimCaseMutationVariables>;
export const WeekCaseDocument = gql`
    query WeekCase($id: ID!) {
  appeal(id: $id) {
    ...WeekCase
    description
    timeline {
      at
      actor
      note
      fromStatus
      toStatus
    }
  }
}
    ${WeekCaseFragmentDoc}`;

/**
 * __useWeekCaseQuery__
 *
 * To run a query within a React component, call `useWeekCaseQuery` and pass it any options that fit your needs.
 * When your component renders, `useWeekCaseQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useWeekCaseQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useWeekCaseQuery(baseOptions: Apollo.QueryHookOptions<WeekCaseQuery, WeekCaseQueryVariables> & ({ variables: WeekCaseQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<WeekCaseQuery, WeekCaseQueryVariables>(WeekCaseDocument, options);
      }
export function useWeekCaseLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<WeekCaseQuery, WeekCaseQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<WeekCaseQuery, WeekCaseQueryVariables>(WeekCaseDocument, options);
        }
// @ts-ignore
export function useWeekCaseSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<WeekCaseQuery, WeekCaseQueryVariables>): Apollo.UseSuspenseQueryResult<WeekCaseQuery, WeekCaseQueryVariables>;
export function useWeekCaseSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekCaseQuery, WeekCaseQueryVariables>): Apollo.UseSuspenseQueryResult<WeekCaseQuery | undefined, WeekCaseQueryVariables>;
export function useWeekCaseSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekCaseQuery, WeekCaseQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<WeekCaseQuery, WeekCaseQueryVariables>(WeekCaseDocument, options);
        }
export type WeekCaseQueryHookResult = ReturnType<typeof useWeekCaseQuery>;
export type WeekCaseLazyQueryHookResult = ReturnType<typeof useWeekCaseLazyQuery>;
export type WeekCaseSuspenseQueryHookResult = ReturnType<typeof useWeekCaseSuspenseQuery>;
export type WeekCaseQueryResult = Apollo.QueryResult<WeekCaseQuery, WeekCaseQueryVariables>;
export const WeekChangeModeDocument = gql`
    mutation WeekChangeMode($id: ID!, $mode: HandlingMode!, $reason: String!) {
  changeHandlingMode(appealId: $id, mode: $mode, reason: $reason) {
    ...WeekCase
    timeline {
      at
      actor
      note
      fromStatus
      toStatus
    }
  }
}
    ${WeekCaseFragmentDoc}`;
export type WeekChangeModeMutationFn = Apollo.MutationFunction<WeekChangeModeMutation, WeekChangeModeMutationVariables>;

/**
 * __useWeekChangeModeMutation__
 *
 * To run a mutation, you first call `useWeekChangeModeMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useWeekChangeModeMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [weekChangeModeMutation, { data, loading, error }] = useWeekChangeModeMutation({
 *   variables: {
 *      id: // value for 'id'
 *      mode: // value for 'mode'
 *      reason: // value for 'reason'
 *   },
 * });
 */
export function useWeekChangeModeMutation(baseOptions?: Apollo.MutationHookOptions<WeekChangeModeMutation, WeekChangeModeMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<WeekChangeModeMutation, WeekChangeModeMutationVariables>(WeekChangeModeDocument, options);
      }
export type WeekChangeModeMutationHookResult = ReturnType<typeof useWeekChangeModeMutation>;
export type WeekChangeModeMutationResult = Apollo.MutationResult<WeekChangeModeMutation>;
export type WeekChangeModeMutationOptions = Apollo.BaseMutationOptions<WeekChangeModeMutation, WeekChangeModeMutationVariables>;
export const WeekLiaisonsDocument = gql`
    query WeekLiaisons {
  enterprises(first: 100) {
    totalCount
    nodes {
      id
      name
      creditCode
      appeals(first: 20) {
        id
        title
        status
        handlingMode
        leaderId
      }
      projects(first: 20) {
        id
        name
        keyProject
      }
    }
  }
  keyProjects(first: 100) {
    totalCount
    nodes {
      id
      name
      departmentCodes
      enterprise {
        id
        name
      }
      butler {
        name
      }
    }
  }
}
    `;

/**
 * __useWeekLiaisonsQuery__
 *
 * To run a query within a React component, call `useWeekLiaisonsQuery` and pass it any options that fit your needs.
 * When your component renders, `useWeekLiaisonsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useWeekLiaisonsQuery({
 *   variables: {
 *   },
 * });
 */
export function useWeekLiaisonsQuery(baseOptions?: Apollo.QueryHookOptions<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>(WeekLiaisonsDocument, options);
      }
export function useWeekLiaisonsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>(WeekLiaisonsDocument, options);
        }
// @ts-ignore
export function useWeekLiaisonsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>): Apollo.UseSuspenseQueryResult<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>;
export function useWeekLiaisonsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>): Apollo.UseSuspenseQueryResult<WeekLiaisonsQuery | undefined, WeekLiaisonsQueryVariables>;
export function useWeekLiaisonsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>(WeekLiaisonsDocument, options);
        }
export type WeekLiaisonsQueryHookResult = ReturnType<typeof useWeekLiaisonsQuery>;
export type WeekLiaisonsLazyQueryHookResult = ReturnType<typeof useWeekLiaisonsLazyQuery>;
export type WeekLiaisonsSuspenseQueryHookResult = ReturnType<typeof useWeekLiaisonsSuspenseQuery>;
export type WeekLiaisonsQueryResult = Apollo.QueryResult<WeekLiaisonsQuery, WeekLiaisonsQueryVariables>;
export const WeekVisitsDocument = gql`
    query WeekVisits {
  leaderVisits(first: 50) {
    totalCount
    nodes {
      ...WeekVisit
    }
  }
}
    ${WeekVisitFragmentDoc}`;

/**
 * __useWeekVisitsQuery__
 *
 * To run a query within a React component, call `useWeekVisitsQuery` and pass it any options that fit your needs.
 * When your component renders, `useWeekVisitsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useWeekVisitsQuery({
 *   variables: {
 *   },
 * });
 */
export function useWeekVisitsQuery(baseOptions?: Apollo.QueryHookOptions<WeekVisitsQuery, WeekVisitsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<WeekVisitsQuery, WeekVisitsQueryVariables>(WeekVisitsDocument, options);
      }
export function useWeekVisitsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<WeekVisitsQuery, WeekVisitsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<WeekVisitsQuery, WeekVisitsQueryVariables>(WeekVisitsDocument, options);
        }
// @ts-ignore
export function useWeekVisitsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<WeekVisitsQuery, WeekVisitsQueryVariables>): Apollo.UseSuspenseQueryResult<WeekVisitsQuery, WeekVisitsQueryVariables>;
export function useWeekVisitsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekVisitsQuery, WeekVisitsQueryVariables>): Apollo.UseSuspenseQueryResult<WeekVisitsQuery | undefined, WeekVisitsQueryVariables>;
export function useWeekVisitsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<WeekVisitsQuery, WeekVisitsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<WeekVisitsQuery, WeekVisitsQueryVariables>(WeekVisitsDocument, options);
        }
export type WeekVisitsQueryHookResult = ReturnType<typeof useWeekVisitsQuery>;
export type WeekVisitsLazyQueryHookResult = ReturnType<typeof useWeekVisitsLazyQuery>;
export type WeekVisitsSuspenseQueryHookResult = ReturnType<typeof useWeekVisitsSuspenseQuery>;
export type WeekVisitsQueryResult = Apollo.QueryResult<WeekVisitsQuery, WeekVisitsQueryVariables>;
export const WeekLogVisitDocument = gql`
    mutation WeekLogVisit($input: LogLeaderVisitInput!) {
  logLeaderVisit(input: $input) {
    ...WeekVisit
  }
}
    ${WeekVisitFragmentDoc}`;
export type WeekLogVisitMutationFn = Apollo.MutationFunction<WeekLogVisitMutation, WeekLogVisitMutationVariables>;

/**
 * __useWeekLogVisitMutation__
 *
 * To run a mutation, you first call `useWeekLogVisitMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useWeekLogVisitMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [weekLogVisitMutation, { data, loading, error }] = useWeekLogVisitMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useWeekLogVisitMutation(baseOptions?: Apollo.MutationHookOptions<WeekLogVisitMutation, WeekLogVisitMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<WeekLogVisitMutation, WeekLogVisitMutationVariables>(WeekLogVisitDocument, options);
      }
export type WeekLogVisitMutationHookResult = ReturnType<typeof useWeekLogVisitMutation>;
export type WeekLogVisitMutationResult = Apollo.MutationResult<WeekLogVisitMutation>;
export type WeekLogVisitMutationOptions = Apollo.BaseMutationOptions<WeekLogVisitMutation, WeekLogVisitMutationVariables>;
export const RosterSupervisorsDocument = gql`
    query RosterSupervisors($first: Int!, $after: String) {
  supervisors(first: $first, after: $after) {
    nodes {
      id
      name
      group
      affiliation
      termStart
      termEnd
      status
      phone
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `;

/**
 * __useRosterSupervisorsQuery__
 *
 * To run a query within a React component, call `useRosterSupervisorsQuery` and pass it any options that fit your needs.
 * When your component renders, `useRosterSupervisorsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRosterSupervisorsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useRosterSupervisorsQuery(baseOptions: Apollo.QueryHookOptions<RosterSupervisorsQuery, RosterSupervisorsQueryVariables> & ({ variables: RosterSupervisorsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>(RosterSupervisorsDocument, options);
      }
export function useRosterSupervisorsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>(RosterSupervisorsDocument, options);
        }
// @ts-ignore
export function useRosterSupervisorsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>): Apollo.UseSuspenseQueryResult<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>;
export function useRosterSupervisorsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>): Apollo.UseSuspenseQueryResult<RosterSupervisorsQuery | undefined, RosterSupervisorsQueryVariables>;
export function useRosterSupervisorsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>(RosterSupervisorsDocument, options);
        }
export type RosterSupervisorsQueryHookResult = ReturnType<typeof useRosterSupervisorsQuery>;
export type RosterSupervisorsLazyQueryHookResult = ReturnType<typeof useRosterSupervisorsLazyQuery>;
export type RosterSupervisorsSuspenseQueryHookResult = ReturnType<typeof useRosterSupervisorsSuspenseQuery>;
export type RosterSupervisorsQueryResult = Apollo.QueryResult<RosterSupervisorsQuery, RosterSupervisorsQueryVariables>;
export const RosterExperienceOfficersDocument = gql`
    query RosterExperienceOfficers($first: Int!, $after: String) {
  experienceOfficers(first: $first, after: $after) {
    nodes {
      id
      name
      enterpriseName
      sampleEnterprise
      termStart
      termEnd
      status
      phone
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `;

/**
 * __useRosterExperienceOfficersQuery__
 *
 * To run a query within a React component, call `useRosterExperienceOfficersQuery` and pass it any options that fit your needs.
 * When your component renders, `useRosterExperienceOfficersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRosterExperienceOfficersQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useRosterExperienceOfficersQuery(baseOptions: Apollo.QueryHookOptions<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables> & ({ variables: RosterExperienceOfficersQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>(RosterExperienceOfficersDocument, options);
      }
export function useRosterExperienceOfficersLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>(RosterExperienceOfficersDocument, options);
        }
// @ts-ignore
export function useRosterExperienceOfficersSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>): Apollo.UseSuspenseQueryResult<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>;
export function useRosterExperienceOfficersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>): Apollo.UseSuspenseQueryResult<RosterExperienceOfficersQuery | undefined, RosterExperienceOfficersQueryVariables>;
export function useRosterExperienceOfficersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>(RosterExperienceOfficersDocument, options);
        }
export type RosterExperienceOfficersQueryHookResult = ReturnType<typeof useRosterExperienceOfficersQuery>;
export type RosterExperienceOfficersLazyQueryHookResult = ReturnType<typeof useRosterExperienceOfficersLazyQuery>;
export type RosterExperienceOfficersSuspenseQueryHookResult = ReturnType<typeof useRosterExperienceOfficersSuspenseQuery>;
export type RosterExperienceOfficersQueryResult = Apollo.QueryResult<RosterExperienceOfficersQuery, RosterExperienceOfficersQueryVariables>;
export const RosterAdvisersDocument = gql`
    query RosterAdvisers($first: Int!, $after: String) {
  advisers(first: $first, after: $after) {
    nodes {
      id
      name
      expertise
      affiliation
      status
      phone
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `;

/**
 * __useRosterAdvisersQuery__
 *
 * To run a query within a React component, call `useRosterAdvisersQuery` and pass it any options that fit your needs.
 * When your component renders, `useRosterAdvisersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRosterAdvisersQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useRosterAdvisersQuery(baseOptions: Apollo.QueryHookOptions<RosterAdvisersQuery, RosterAdvisersQueryVariables> & ({ variables: RosterAdvisersQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RosterAdvisersQuery, RosterAdvisersQueryVariables>(RosterAdvisersDocument, options);
      }
export function useRosterAdvisersLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RosterAdvisersQuery, RosterAdvisersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RosterAdvisersQuery, RosterAdvisersQueryVariables>(RosterAdvisersDocument, options);
        }
// @ts-ignore
export function useRosterAdvisersSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RosterAdvisersQuery, RosterAdvisersQueryVariables>): Apollo.UseSuspenseQueryResult<RosterAdvisersQuery, RosterAdvisersQueryVariables>;
export function useRosterAdvisersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterAdvisersQuery, RosterAdvisersQueryVariables>): Apollo.UseSuspenseQueryResult<RosterAdvisersQuery | undefined, RosterAdvisersQueryVariables>;
export function useRosterAdvisersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RosterAdvisersQuery, RosterAdvisersQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RosterAdvisersQuery, RosterAdvisersQueryVariables>(RosterAdvisersDocument, options);
        }
export type RosterAdvisersQueryHookResult = ReturnType<typeof useRosterAdvisersQuery>;
export type RosterAdvisersLazyQueryHookResult = ReturnType<typeof useRosterAdvisersLazyQuery>;
export type RosterAdvisersSuspenseQueryHookResult = ReturnType<typeof useRosterAdvisersSuspenseQuery>;
export type RosterAdvisersQueryResult = Apollo.QueryResult<RosterAdvisersQuery, RosterAdvisersQueryVariables>;
export const MyVisitsDocument = gql`
    query MyVisits {
  enterpriseVisits(first: 50) {
    totalCount
    nodes {
      id
      visitedAt
      summary
      visitorName
      enterprise {
        id
        name
      }
      needs {
        id
        appealId
      }
    }
  }
}
    `;

/**
 * __useMyVisitsQuery__
 *
 * To run a query within a React component, call `useMyVisitsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyVisitsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyVisitsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyVisitsQuery(baseOptions?: Apollo.QueryHookOptions<MyVisitsQuery, MyVisitsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyVisitsQuery, MyVisitsQueryVariables>(MyVisitsDocument, options);
      }
export function useMyVisitsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyVisitsQuery, MyVisitsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyVisitsQuery, MyVisitsQueryVariables>(MyVisitsDocument, options);
        }
// @ts-ignore
export function useMyVisitsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyVisitsQuery, MyVisitsQueryVariables>): Apollo.UseSuspenseQueryResult<MyVisitsQuery, MyVisitsQueryVariables>;
export function useMyVisitsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyVisitsQuery, MyVisitsQueryVariables>): Apollo.UseSuspenseQueryResult<MyVisitsQuery | undefined, MyVisitsQueryVariables>;
export function useMyVisitsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyVisitsQuery, MyVisitsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyVisitsQuery, MyVisitsQueryVariables>(MyVisitsDocument, options);
        }
export type MyVisitsQueryHookResult = ReturnType<typeof useMyVisitsQuery>;
export type MyVisitsLazyQueryHookResult = ReturnType<typeof useMyVisitsLazyQuery>;
export type MyVisitsSuspenseQueryHookResult = ReturnType<typeof useMyVisitsSuspenseQuery>;
export type MyVisitsQueryResult = Apollo.QueryResult<MyVisitsQuery, MyVisitsQueryVariables>;
export const VisitableEnterprisesDocument = gql`
    query VisitableEnterprises {
  enterprises(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `;

/**
 * __useVisitableEnterprisesQuery__
 *
 * To run a query within a React component, call `useVisitableEnterprisesQuery` and pass it any options that fit your needs.
 * When your component renders, `useVisitableEnterprisesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useVisitableEnterprisesQuery({
 *   variables: {
 *   },
 * });
 */
export function useVisitableEnterprisesQuery(baseOptions?: Apollo.QueryHookOptions<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>(VisitableEnterprisesDocument, options);
      }
export function useVisitableEnterprisesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>(VisitableEnterprisesDocument, options);
        }
// @ts-ignore
export function useVisitableEnterprisesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>): Apollo.UseSuspenseQueryResult<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>;
export function useVisitableEnterprisesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>): Apollo.UseSuspenseQueryResult<VisitableEnterprisesQuery | undefined, VisitableEnterprisesQueryVariables>;
export function useVisitableEnterprisesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>(VisitableEnterprisesDocument, options);
        }
export type VisitableEnterprisesQueryHookResult = ReturnType<typeof useVisitableEnterprisesQuery>;
export type VisitableEnterprisesLazyQueryHookResult = ReturnType<typeof useVisitableEnterprisesLazyQuery>;
export type VisitableEnterprisesSuspenseQueryHookResult = ReturnType<typeof useVisitableEnterprisesSuspenseQuery>;
export type VisitableEnterprisesQueryResult = Apollo.QueryResult<VisitableEnterprisesQuery, VisitableEnterprisesQueryVariables>;
export const VisitDetailDocument = gql`
    query VisitDetail($id: ID!) {
  enterpriseVisit(id: $id) {
    id
    visitedAt
    summary
    visitorName
    visitorRole
    enterprise {
      id
      name
    }
    needs {
      id
      position
      text
      appealId
      raisedAt
      appeal {
        id
        title
        status
        dueAt
      }
    }
  }
}
    `;

/**
 * __useVisitDetailQuery__
 *
 * To run a query within a React component, call `useVisitDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useVisitDetailQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useVisitDetailQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useVisitDetailQuery(baseOptions: Apollo.QueryHookOptions<VisitDetailQuery, VisitDetailQueryVariables> & ({ variables: VisitDetailQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<VisitDetailQuery, VisitDetailQueryVariables>(VisitDetailDocument, options);
      }
export function useVisitDetailLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<VisitDetailQuery, VisitDetailQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<VisitDetailQuery, VisitDetailQueryVariables>(VisitDetailDocument, options);
        }
// @ts-ignore
export function useVisitDetailSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<VisitDetailQuery, VisitDetailQueryVariables>): Apollo.UseSuspenseQueryResult<VisitDetailQuery, VisitDetailQueryVariables>;
export function useVisitDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VisitDetailQuery, VisitDetailQueryVariables>): Apollo.UseSuspenseQueryResult<VisitDetailQuery | undefined, VisitDetailQueryVariables>;
export function useVisitDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VisitDetailQuery, VisitDetailQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<VisitDetailQuery, VisitDetailQueryVariables>(VisitDetailDocument, options);
        }
export type VisitDetailQueryHookResult = ReturnType<typeof useVisitDetailQuery>;
export type VisitDetailLazyQueryHookResult = ReturnType<typeof useVisitDetailLazyQuery>;
export type VisitDetailSuspenseQueryHookResult = ReturnType<typeof useVisitDetailSuspenseQuery>;
export type VisitDetailQueryResult = Apollo.QueryResult<VisitDetailQuery, VisitDetailQueryVariables>;
export const LogEnterpriseVisitDocument = gql`
    mutation LogEnterpriseVisit($input: LogEnterpriseVisitInput!) {
  logEnterpriseVisit(input: $input) {
    id
  }
}
    `;
export type LogEnterpriseVisitMutationFn = Apollo.MutationFunction<LogEnterpriseVisitMutation, LogEnterpriseVisitMutationVariables>;

/**
 * __useLogEnterpriseVisitMutation__
 *
 * To run a mutation, you first call `useLogEnterpriseVisitMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useLogEnterpriseVisitMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [logEnterpriseVisitMutation, { data, loading, error }] = useLogEnterpriseVisitMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useLogEnterpriseVisitMutation(baseOptions?: Apollo.MutationHookOptions<LogEnterpriseVisitMutation, LogEnterpriseVisitMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<LogEnterpriseVisitMutation, LogEnterpriseVisitMutationVariables>(LogEnterpriseVisitDocument, options);
      }
export type LogEnterpriseVisitMutationHookResult = ReturnType<typeof useLogEnterpriseVisitMutation>;
export type LogEnterpriseVisitMutationResult = Apollo.MutationResult<LogEnterpriseVisitMutation>;
export type LogEnterpriseVisitMutationOptions = Apollo.BaseMutationOptions<LogEnterpriseVisitMutation, LogEnterpriseVisitMutationVariables>;
export const RaiseVisitNeedDocument = gql`
    mutation RaiseVisitNeed($needId: ID!, $input: RaiseVisitNeedInput) {
  raiseVisitNeedAsAppeal(needId: $needId, input: $input) {
    id
    appealId
    raisedAt
  }
}
    `;
export type RaiseVisitNeedMutationFn = Apollo.MutationFunction<RaiseVisitNeedMutation, RaiseVisitNeedMutationVariables>;

/**
 * __useRaiseVisitNeedMutation__
 *
 * To run a mutation, you first call `useRaiseVisitNeedMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useRaiseVisitNeedMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [raiseVisitNeedMutation, { data, loading, error }] = useRaiseVisitNeedMutation({
 *   variables: {
 *      needId: // value for 'needId'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useRaiseVisitNeedMutation(baseOptions?: Apollo.MutationHookOptions<RaiseVisitNeedMutation, RaiseVisitNeedMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<RaiseVisitNeedMutation, RaiseVisitNeedMutationVariables>(RaiseVisitNeedDocument, options);
      }
export type RaiseVisitNeedMutationHookResult = ReturnType<typeof useRaiseVisitNeedMutation>;
export type RaiseVisitNeedMutationResult = Apollo.MutationResult<RaiseVisitNeedMutation>;
export type RaiseVisitNeedMutationOptions = Apollo.BaseMutationOptions<RaiseVisitNeedMutation, RaiseVisitNeedMutationVariables>;
export const MyShiftsDocument = gql`
    query MyShifts {
  myVolunteer {
    id
    name
    team {
      id
      code
      name
    }
  }
  volunteerActivities(first: 20) {
    nodes {
      id
      name
      location
      startsOn
      endsOn
      posts {
        id
        duty
        place
        team {
          id
          code
        }
        shifts {
          ...MyShift
        }
      }
    }
  }
}
    ${MyShiftFragmentDoc}`;

/**
 * __useMyShiftsQuery__
 *
 * To run a query within a React component, call `useMyShiftsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyShiftsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyShiftsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyShiftsQuery(baseOptions?: Apollo.QueryHookOptions<MyShiftsQuery, MyShiftsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyShiftsQuery, MyShiftsQueryVariables>(MyShiftsDocument, options);
      }
export function useMyShiftsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyShiftsQuery, MyShiftsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyShiftsQuery, MyShiftsQueryVariables>(MyShiftsDocument, options);
        }
// @ts-ignore
export function useMyShiftsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyShiftsQuery, MyShiftsQueryVariables>): Apollo.UseSuspenseQueryResult<MyShiftsQuery, MyShiftsQueryVariables>;
export function useMyShiftsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyShiftsQuery, MyShiftsQueryVariables>): Apollo.UseSuspenseQueryResult<MyShiftsQuery | undefined, MyShiftsQueryVariables>;
export function useMyShiftsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyShiftsQuery, MyShiftsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyShiftsQuery, MyShiftsQueryVariables>(MyShiftsDocument, options);
        }
export type MyShiftsQueryHookResult = ReturnType<typeof useMyShiftsQuery>;
export type MyShiftsLazyQueryHookResult = ReturnType<typeof useMyShiftsLazyQuery>;
export type MyShiftsSuspenseQueryHookResult = ReturnType<typeof useMyShiftsSuspenseQuery>;
export type MyShiftsQueryResult = Apollo.QueryResult<MyShiftsQuery, MyShiftsQueryVariables>;
export const MySignUpDocument = gql`
    mutation MySignUp($shiftId: ID!) {
  signUpForShift(shiftId: $shiftId) {
    id
    signedUpAt
    shift {
      ...MyShift
    }
  }
}
    ${MyShiftFragmentDoc}`;
export type MySignUpMutationFn = Apollo.MutationFunction<MySignUpMutation, MySignUpMutationVariables>;

/**
 * __useMySignUpMutation__
 *
 * To run a mutation, you first call `useMySignUpMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMySignUpMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [mySignUpMutation, { data, loading, error }] = useMySignUpMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *   },
 * });
 */
export function useMySignUpMutation(baseOptions?: Apollo.MutationHookOptions<MySignUpMutation, MySignUpMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MySignUpMutation, MySignUpMutationVariables>(MySignUpDocument, options);
      }
export type MySignUpMutationHookResult = ReturnType<typeof useMySignUpMutation>;
export type MySignUpMutationResult = Apollo.MutationResult<MySignUpMutation>;
export type MySignUpMutationOptions = Apollo.BaseMutationOptions<MySignUpMutation, MySignUpMutationVariables>;
export const MyCancelSignUpDocument = gql`
    mutation MyCancelSignUp($shiftId: ID!) {
  cancelShiftSignUp(shiftId: $shiftId)
}
    `;
export type MyCancelSignUpMutationFn = Apollo.MutationFunction<MyCancelSignUpMutation, MyCancelSignUpMutationVariables>;

/**
 * __useMyCancelSignUpMutation__
 *
 * To run a mutation, you first call `useMyCancelSignUpMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyCancelSignUpMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myCancelSignUpMutation, { data, loading, error }] = useMyCancelSignUpMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *   },
 * });
 */
export function useMyCancelSignUpMutation(baseOptions?: Apollo.MutationHookOptions<MyCancelSignUpMutation, MyCancelSignUpMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyCancelSignUpMutation, MyCancelSignUpMutationVariables>(MyCancelSignUpDocument, options);
      }
export type MyCancelSignUpMutationHookResult = ReturnType<typeof useMyCancelSignUpMutation>;
export type MyCancelSignUpMutationResult = Apollo.MutationResult<MyCancelSignUpMutation>;
export type MyCancelSignUpMutationOptions = Apollo.BaseMutationOptions<MyCancelSignUpMutation, MyCancelSignUpMutationVariables>;
export const MyCheckInDocument = gql`
    mutation MyCheckIn($shiftId: ID!) {
  checkInVolunteer(shiftId: $shiftId) {
    id
    checkedInAt
    checkedOutAt
    shift {
      ...MyShift
    }
  }
}
    ${MyShiftFragmentDoc}`;
export type MyCheckInMutationFn = Apollo.MutationFunction<MyCheckInMutation, MyCheckInMutationVariables>;

/**
 * __useMyCheckInMutation__
 *
 * To run a mutation, you first call `useMyCheckInMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyCheckInMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myCheckInMutation, { data, loading, error }] = useMyCheckInMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *   },
 * });
 */
export function useMyCheckInMutation(baseOptions?: Apollo.MutationHookOptions<MyCheckInMutation, MyCheckInMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyCheckInMutation, MyCheckInMutationVariables>(MyCheckInDocument, options);
      }
export type MyCheckInMutationHookResult = ReturnType<typeof useMyCheckInMutation>;
export type MyCheckInMutationResult = Apollo.MutationResult<MyCheckInMutation>;
export type MyCheckInMutationOptions = Apollo.BaseMutationOptions<MyCheckInMutation, MyCheckInMutationVariables>;
export const MyCheckOutDocument = gql`
    mutation MyCheckOut($shiftId: ID!) {
  checkOutVolunteer(shiftId: $shiftId) {
    id
    checkedInAt
    checkedOutAt
    shift {
      ...MyShift
    }
  }
}
    ${MyShiftFragmentDoc}`;
export type MyCheckOutMutationFn = Apollo.MutationFunction<MyCheckOutMutation, MyCheckOutMutationVariables>;

/**
 * __useMyCheckOutMutation__
 *
 * To run a mutation, you first call `useMyCheckOutMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyCheckOutMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myCheckOutMutation, { data, loading, error }] = useMyCheckOutMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *   },
 * });
 */
export function useMyCheckOutMutation(baseOptions?: Apollo.MutationHookOptions<MyCheckOutMutation, MyCheckOutMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyCheckOutMutation, MyCheckOutMutationVariables>(MyCheckOutDocument, options);
      }
export type MyCheckOutMutationHookResult = ReturnType<typeof useMyCheckOutMutation>;
export type MyCheckOutMutationResult = Apollo.MutationResult<MyCheckOutMutation>;
export type MyCheckOutMutationOptions = Apollo.BaseMutationOptions<MyCheckOutMutation, MyCheckOutMutationVariables>;
export const MyHoursDocument = gql`
    query MyHours {
  myVolunteer {
    id
    name
    serviceHours {
      totalHours
      byMonth {
        month
        hours
      }
      byActivity {
        activity {
          id
          name
        }
        hours
      }
    }
  }
}
    `;

/**
 * __useMyHoursQuery__
 *
 * To run a query within a React component, call `useMyHoursQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyHoursQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyHoursQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyHoursQuery(baseOptions?: Apollo.QueryHookOptions<MyHoursQuery, MyHoursQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyHoursQuery, MyHoursQueryVariables>(MyHoursDocument, options);
      }
export function useMyHoursLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyHoursQuery, MyHoursQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyHoursQuery, MyHoursQueryVariables>(MyHoursDocument, options);
        }
// @ts-ignore
export function useMyHoursSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyHoursQuery, MyHoursQueryVariables>): Apollo.UseSuspenseQueryResult<MyHoursQuery, MyHoursQueryVariables>;
export function useMyHoursSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyHoursQuery, MyHoursQueryVariables>): Apollo.UseSuspenseQueryResult<MyHoursQuery | undefined, MyHoursQueryVariables>;
export function useMyHoursSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyHoursQuery, MyHoursQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyHoursQuery, MyHoursQueryVariables>(MyHoursDocument, options);
        }
export type MyHoursQueryHookResult = ReturnType<typeof useMyHoursQuery>;
export type MyHoursLazyQueryHookResult = ReturnType<typeof useMyHoursLazyQuery>;
export type MyHoursSuspenseQueryHookResult = ReturnType<typeof useMyHoursSuspenseQuery>;
export type MyHoursQueryResult = Apollo.QueryResult<MyHoursQuery, MyHoursQueryVariables>;
export const MyTasksDocument = gql`
    query MyTasks {
  myVolunteer {
    id
    team {
      id
      name
      tasks(first: 100) {
        ...MyTask
      }
    }
  }
}
    ${MyTaskFragmentDoc}`;

/**
 * __useMyTasksQuery__
 *
 * To run a query within a React component, call `useMyTasksQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyTasksQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyTasksQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyTasksQuery(baseOptions?: Apollo.QueryHookOptions<MyTasksQuery, MyTasksQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyTasksQuery, MyTasksQueryVariables>(MyTasksDocument, options);
      }
export function useMyTasksLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyTasksQuery, MyTasksQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyTasksQuery, MyTasksQueryVariables>(MyTasksDocument, options);
        }
// @ts-ignore
export function useMyTasksSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyTasksQuery, MyTasksQueryVariables>): Apollo.UseSuspenseQueryResult<MyTasksQuery, MyTasksQueryVariables>;
export function useMyTasksSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyTasksQuery, MyTasksQueryVariables>): Apollo.UseSuspenseQueryResult<MyTasksQuery | undefined, MyTasksQueryVariables>;
export function useMyTasksSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyTasksQuery, MyTasksQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyTasksQuery, MyTasksQueryVariables>(MyTasksDocument, options);
        }
export type MyTasksQueryHookResult = ReturnType<typeof useMyTasksQuery>;
export type MyTasksLazyQueryHookResult = ReturnType<typeof useMyTasksLazyQuery>;
export type MyTasksSuspenseQueryHookResult = ReturnType<typeof useMyTasksSuspenseQuery>;
export type MyTasksQueryResult = Apollo.QueryResult<MyTasksQuery, MyTasksQueryVariables>;
export const MyAcceptTaskDocument = gql`
    mutation MyAcceptTask($id: ID!) {
  acceptVolunteerTask(id: $id) {
    ...MyTask
  }
}
    ${MyTaskFragmentDoc}`;
export type MyAcceptTaskMutationFn = Apollo.MutationFunction<MyAcceptTaskMutation, MyAcceptTaskMutationVariables>;

/**
 * __useMyAcceptTaskMutation__
 *
 * To run a mutation, you first call `useMyAcceptTaskMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyAcceptTaskMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myAcceptTaskMutation, { data, loading, error }] = useMyAcceptTaskMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useMyAcceptTaskMutation(baseOptions?: Apollo.MutationHookOptions<MyAcceptTaskMutation, MyAcceptTaskMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyAcceptTaskMutation, MyAcceptTaskMutationVariables>(MyAcceptTaskDocument, options);
      }
export type MyAcceptTaskMutationHookResult = ReturnType<typeof useMyAcceptTaskMutation>;
export type MyAcceptTaskMutationResult = Apollo.MutationResult<MyAcceptTaskMutation>;
export type MyAcceptTaskMutationOptions = Apollo.BaseMutationOptions<MyAcceptTaskMutation, MyAcceptTaskMutationVariables>;
export const MyStartTaskDocument = gql`
    mutation MyStartTask($id: ID!) {
  startVolunteerTask(id: $id) {
    ...MyTask
  }
}
    ${MyTaskFragmentDoc}`;
export type MyStartTaskMutationFn = Apollo.MutationFunction<MyStartTaskMutation, MyStartTaskMutationVariables>;

/**
 * __useMyStartTaskMutation__
 *
 * To run a mutation, you first call `useMyStartTaskMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyStartTaskMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myStartTaskMutation, { data, loading, error }] = useMyStartTaskMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useMyStartTaskMutation(baseOptions?: Apollo.MutationHookOptions<MyStartTaskMutation, MyStartTaskMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyStartTaskMutation, MyStartTaskMutationVariables>(MyStartTaskDocument, options);
      }
export type MyStartTaskMutationHookResult = ReturnType<typeof useMyStartTaskMutation>;
export type MyStartTaskMutationResult = Apollo.MutationResult<MyStartTaskMutation>;
export type MyStartTaskMutationOptions = Apollo.BaseMutationOptions<MyStartTaskMutation, MyStartTaskMutationVariables>;
export const MyCompleteTaskDocument = gql`
    mutation MyCompleteTask($id: ID!, $note: String!) {
  completeVolunteerTask(id: $id, note: $note) {
    ...MyTask
  }
}
    ${MyTaskFragmentDoc}`;
export type MyCompleteTaskMutationFn = Apollo.MutationFunction<MyCompleteTaskMutation, MyCompleteTaskMutationVariables>;

/**
 * __useMyCompleteTaskMutation__
 *
 * To run a mutation, you first call `useMyCompleteTaskMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useMyCompleteTaskMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [myCompleteTaskMutation, { data, loading, error }] = useMyCompleteTaskMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useMyCompleteTaskMutation(baseOptions?: Apollo.MutationHookOptions<MyCompleteTaskMutation, MyCompleteTaskMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<MyCompleteTaskMutation, MyCompleteTaskMutationVariables>(MyCompleteTaskDocument, options);
      }
export type MyCompleteTaskMutationHookResult = ReturnType<typeof useMyCompleteTaskMutation>;
export type MyCompleteTaskMutationResult = Apollo.MutationResult<MyCompleteTaskMutation>;
export type MyCompleteTaskMutationOptions = Apollo.BaseMutationOptions<MyCompleteTaskMutation, MyCompleteTaskMutationVariables>;
export const VolunteerTeamCodesDocument = gql`
    query VolunteerTeamCodes {
  volunteerTeams(first: 100) {
    nodes {
      id
      code
      name
    }
  }
}
    `;

/**
 * __useVolunteerTeamCodesQuery__
 *
 * To run a query within a React component, call `useVolunteerTeamCodesQuery` and pass it any options that fit your needs.
 * When your component renders, `useVolunteerTeamCodesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useVolunteerTeamCodesQuery({
 *   variables: {
 *   },
 * });
 */
export function useVolunteerTeamCodesQuery(baseOptions?: Apollo.QueryHookOptions<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>(VolunteerTeamCodesDocument, options);
      }
export function useVolunteerTeamCodesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>(VolunteerTeamCodesDocument, options);
        }
// @ts-ignore
export function useVolunteerTeamCodesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>;
export function useVolunteerTeamCodesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerTeamCodesQuery | undefined, VolunteerTeamCodesQueryVariables>;
export function useVolunteerTeamCodesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>(VolunteerTeamCodesDocument, options);
        }
export type VolunteerTeamCodesQueryHookResult = ReturnType<typeof useVolunteerTeamCodesQuery>;
export type VolunteerTeamCodesLazyQueryHookResult = ReturnType<typeof useVolunteerTeamCodesLazyQuery>;
export type VolunteerTeamCodesSuspenseQueryHookResult = ReturnType<typeof useVolunteerTeamCodesSuspenseQuery>;
export type VolunteerTeamCodesQueryResult = Apollo.QueryResult<VolunteerTeamCodesQuery, VolunteerTeamCodesQueryVariables>;
export const VolunteerRosterDocument = gql`
    query VolunteerRoster($teamId: ID!) {
  volunteerTeam(id: $teamId) {
    id
    code
    name
    community
    memberCount
    lead {
      id
      name
    }
    volunteers {
      ...RosterMember
    }
    tasks(first: 100) {
      ...RosterTask
    }
  }
  volunteerActivities(first: 20) {
    nodes {
      id
      code
      name
      location
      startsOn
      endsOn
      reportedVisits
    }
  }
}
    ${RosterMemberFragmentDoc}
${RosterTaskFragmentDoc}`;

/**
 * __useVolunteerRosterQuery__
 *
 * To run a query within a React component, call `useVolunteerRosterQuery` and pass it any options that fit your needs.
 * When your component renders, `useVolunteerRosterQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useVolunteerRosterQuery({
 *   variables: {
 *      teamId: // value for 'teamId'
 *   },
 * });
 */
export function useVolunteerRosterQuery(baseOptions: Apollo.QueryHookOptions<VolunteerRosterQuery, VolunteerRosterQueryVariables> & ({ variables: VolunteerRosterQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<VolunteerRosterQuery, VolunteerRosterQueryVariables>(VolunteerRosterDocument, options);
      }
export function useVolunteerRosterLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<VolunteerRosterQuery, VolunteerRosterQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<VolunteerRosterQuery, VolunteerRosterQueryVariables>(VolunteerRosterDocument, options);
        }
// @ts-ignore
export function useVolunteerRosterSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<VolunteerRosterQuery, VolunteerRosterQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerRosterQuery, VolunteerRosterQueryVariables>;
export function useVolunteerRosterSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerRosterQuery, VolunteerRosterQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerRosterQuery | undefined, VolunteerRosterQueryVariables>;
export function useVolunteerRosterSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerRosterQuery, VolunteerRosterQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<VolunteerRosterQuery, VolunteerRosterQueryVariables>(VolunteerRosterDocument, options);
        }
export type VolunteerRosterQueryHookResult = ReturnType<typeof useVolunteerRosterQuery>;
export type VolunteerRosterLazyQueryHookResult = ReturnType<typeof useVolunteerRosterLazyQuery>;
export type VolunteerRosterSuspenseQueryHookResult = ReturnType<typeof useVolunteerRosterSuspenseQuery>;
export type VolunteerRosterQueryResult = Apollo.QueryResult<VolunteerRosterQuery, VolunteerRosterQueryVariables>;
export const VolunteerActivityPlanDocument = gql`
    query VolunteerActivityPlan($activityId: ID!) {
  volunteerActivity(id: $activityId) {
    id
    name
    location
    startsOn
    endsOn
    reportedVisits
    posts {
      id
      duty
      place
      team {
        id
        code
        name
      }
      shifts {
        ...RosterShift
      }
    }
  }
  staffingGaps(activityId: $activityId) {
    missing
    shift {
      id
      startsAt
      endsAt
      requiredHeadcount
      signedUpCount
      post {
        id
        duty
        place
        team {
          id
          code
          name
        }
      }
    }
  }
}
    ${RosterShiftFragmentDoc}`;

/**
 * __useVolunteerActivityPlanQuery__
 *
 * To run a query within a React component, call `useVolunteerActivityPlanQuery` and pass it any options that fit your needs.
 * When your component renders, `useVolunteerActivityPlanQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useVolunteerActivityPlanQuery({
 *   variables: {
 *      activityId: // value for 'activityId'
 *   },
 * });
 */
export function useVolunteerActivityPlanQuery(baseOptions: Apollo.QueryHookOptions<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables> & ({ variables: VolunteerActivityPlanQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>(VolunteerActivityPlanDocument, options);
      }
export function useVolunteerActivityPlanLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>(VolunteerActivityPlanDocument, options);
        }
// @ts-ignore
export function useVolunteerActivityPlanSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>;
export function useVolunteerActivityPlanSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>): Apollo.UseSuspenseQueryResult<VolunteerActivityPlanQuery | undefined, VolunteerActivityPlanQueryVariables>;
export function useVolunteerActivityPlanSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>(VolunteerActivityPlanDocument, options);
        }
export type VolunteerActivityPlanQueryHookResult = ReturnType<typeof useVolunteerActivityPlanQuery>;
export type VolunteerActivityPlanLazyQueryHookResult = ReturnType<typeof useVolunteerActivityPlanLazyQuery>;
export type VolunteerActivityPlanSuspenseQueryHookResult = ReturnType<typeof useVolunteerActivityPlanSuspenseQuery>;
export type VolunteerActivityPlanQueryResult = Apollo.QueryResult<VolunteerActivityPlanQuery, VolunteerActivityPlanQueryVariables>;
export const VolunteerCreateActivityDocument = gql`
    mutation VolunteerCreateActivity($input: CreateVolunteerActivityInput!) {
  createVolunteerActivity(input: $input) {
    id
    code
    name
    location
    startsOn
    endsOn
    reportedVisits
  }
}
    `;
export type VolunteerCreateActivityMutationFn = Apollo.MutationFunction<VolunteerCreateActivityMutation, VolunteerCreateActivityMutationVariables>;

/**
 * __useVolunteerCreateActivityMutation__
 *
 * To run a mutation, you first call `useVolunteerCreateActivityMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerCreateActivityMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerCreateActivityMutation, { data, loading, error }] = useVolunteerCreateActivityMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useVolunteerCreateActivityMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerCreateActivityMutation, VolunteerCreateActivityMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerCreateActivityMutation, VolunteerCreateActivityMutationVariables>(VolunteerCreateActivityDocument, options);
      }
export type VolunteerCreateActivityMutationHookResult = ReturnType<typeof useVolunteerCreateActivityMutation>;
export type VolunteerCreateActivityMutationResult = Apollo.MutationResult<VolunteerCreateActivityMutation>;
export type VolunteerCreateActivityMutationOptions = Apollo.BaseMutationOptions<VolunteerCreateActivityMutation, VolunteerCreateActivityMutationVariables>;
export const VolunteerAddPostDocument = gql`
    mutation VolunteerAddPost($input: AddVolunteerPostInput!) {
  addVolunteerPost(input: $input) {
    id
    duty
    place
  }
}
    `;
export type VolunteerAddPostMutationFn = Apollo.MutationFunction<VolunteerAddPostMutation, VolunteerAddPostMutationVariables>;

/**
 * __useVolunteerAddPostMutation__
 *
 * To run a mutation, you first call `useVolunteerAddPostMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerAddPostMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerAddPostMutation, { data, loading, error }] = useVolunteerAddPostMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useVolunteerAddPostMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerAddPostMutation, VolunteerAddPostMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerAddPostMutation, VolunteerAddPostMutationVariables>(VolunteerAddPostDocument, options);
      }
export type VolunteerAddPostMutationHookResult = ReturnType<typeof useVolunteerAddPostMutation>;
export type VolunteerAddPostMutationResult = Apollo.MutationResult<VolunteerAddPostMutation>;
export type VolunteerAddPostMutationOptions = Apollo.BaseMutationOptions<VolunteerAddPostMutation, VolunteerAddPostMutationVariables>;
export const VolunteerAddShiftDocument = gql`
    mutation VolunteerAddShift($input: AddVolunteerShiftInput!) {
  addVolunteerShift(input: $input) {
    ...RosterShift
  }
}
    ${RosterShiftFragmentDoc}`;
export type VolunteerAddShiftMutationFn = Apollo.MutationFunction<VolunteerAddShiftMutation, VolunteerAddShiftMutationVariables>;

/**
 * __useVolunteerAddShiftMutation__
 *
 * To run a mutation, you first call `useVolunteerAddShiftMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerAddShiftMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerAddShiftMutation, { data, loading, error }] = useVolunteerAddShiftMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useVolunteerAddShiftMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerAddShiftMutation, VolunteerAddShiftMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerAddShiftMutation, VolunteerAddShiftMutationVariables>(VolunteerAddShiftDocument, options);
      }
export type VolunteerAddShiftMutationHookResult = ReturnType<typeof useVolunteerAddShiftMutation>;
export type VolunteerAddShiftMutationResult = Apollo.MutationResult<VolunteerAddShiftMutation>;
export type VolunteerAddShiftMutationOptions = Apollo.BaseMutationOptions<VolunteerAddShiftMutation, VolunteerAddShiftMutationVariables>;
export const VolunteerSignUpMemberDocument = gql`
    mutation VolunteerSignUpMember($shiftId: ID!, $volunteerId: ID!) {
  signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    shift {
      ...RosterShift
    }
  }
}
    ${RosterShiftFragmentDoc}`;
export type VolunteerSignUpMemberMutationFn = Apollo.MutationFunction<VolunteerSignUpMemberMutation, VolunteerSignUpMemberMutationVariables>;

/**
 * __useVolunteerSignUpMemberMutation__
 *
 * To run a mutation, you first call `useVolunteerSignUpMemberMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerSignUpMemberMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerSignUpMemberMutation, { data, loading, error }] = useVolunteerSignUpMemberMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *      volunteerId: // value for 'volunteerId'
 *   },
 * });
 */
export function useVolunteerSignUpMemberMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerSignUpMemberMutation, VolunteerSignUpMemberMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerSignUpMemberMutation, VolunteerSignUpMemberMutationVariables>(VolunteerSignUpMemberDocument, options);
      }
export type VolunteerSignUpMemberMutationHookResult = ReturnType<typeof useVolunteerSignUpMemberMutation>;
export type VolunteerSignUpMemberMutationResult = Apollo.MutationResult<VolunteerSignUpMemberMutation>;
export type VolunteerSignUpMemberMutationOptions = Apollo.BaseMutationOptions<VolunteerSignUpMemberMutation, VolunteerSignUpMemberMutationVariables>;
export const VolunteerCancelMemberDocument = gql`
    mutation VolunteerCancelMember($shiftId: ID!, $volunteerId: ID!) {
  cancelShiftSignUp(shiftId: $shiftId, volunteerId: $volunteerId)
}
    `;
export type VolunteerCancelMemberMutationFn = Apollo.MutationFunction<VolunteerCancelMemberMutation, VolunteerCancelMemberMutationVariables>;

/**
 * __useVolunteerCancelMemberMutation__
 *
 * To run a mutation, you first call `useVolunteerCancelMemberMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerCancelMemberMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerCancelMemberMutation, { data, loading, error }] = useVolunteerCancelMemberMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *      volunteerId: // value for 'volunteerId'
 *   },
 * });
 */
export function useVolunteerCancelMemberMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerCancelMemberMutation, VolunteerCancelMemberMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerCancelMemberMutation, VolunteerCancelMemberMutationVariables>(VolunteerCancelMemberDocument, options);
      }
export type VolunteerCancelMemberMutationHookResult = ReturnType<typeof useVolunteerCancelMemberMutation>;
export type VolunteerCancelMemberMutationResult = Apollo.MutationResult<VolunteerCancelMemberMutation>;
export type VolunteerCancelMemberMutationOptions = Apollo.BaseMutationOptions<VolunteerCancelMemberMutation, VolunteerCancelMemberMutationVariables>;
export const VolunteerCheckInDocument = gql`
    mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {
  checkInVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    checkedInAt
    checkedOutAt
    shift {
      ...RosterShift
    }
  }
}
    ${RosterShiftFragmentDoc}`;
export type VolunteerCheckInMutationFn = Apollo.MutationFunction<VolunteerCheckInMutation, VolunteerCheckInMutationVariables>;

/**
 * __useVolunteerCheckInMutation__
 *
 * To run a mutation, you first call `useVolunteerCheckInMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerCheckInMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerCheckInMutation, { data, loading, error }] = useVolunteerCheckInMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *      volunteerId: // value for 'volunteerId'
 *   },
 * });
 */
export function useVolunteerCheckInMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerCheckInMutation, VolunteerCheckInMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerCheckInMutation, VolunteerCheckInMutationVariables>(VolunteerCheckInDocument, options);
      }
export type VolunteerCheckInMutationHookResult = ReturnType<typeof useVolunteerCheckInMutation>;
export type VolunteerCheckInMutationResult = Apollo.MutationResult<VolunteerCheckInMutation>;
export type VolunteerCheckInMutationOptions = Apollo.BaseMutationOptions<VolunteerCheckInMutation, VolunteerCheckInMutationVariables>;
export const VolunteerCheckOutDocument = gql`
    mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {
  checkOutVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    checkedInAt
    checkedOutAt
    shift {
      ...RosterShift
    }
  }
}
    ${RosterShiftFragmentDoc}`;
export type VolunteerCheckOutMutationFn = Apollo.MutationFunction<VolunteerCheckOutMutation, VolunteerCheckOutMutationVariables>;

/**
 * __useVolunteerCheckOutMutation__
 *
 * To run a mutation, you first call `useVolunteerCheckOutMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerCheckOutMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerCheckOutMutation, { data, loading, error }] = useVolunteerCheckOutMutation({
 *   variables: {
 *      shiftId: // value for 'shiftId'
 *      volunteerId: // value for 'volunteerId'
 *   },
 * });
 */
export function useVolunteerCheckOutMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerCheckOutMutation, VolunteerCheckOutMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerCheckOutMutation, VolunteerCheckOutMutationVariables>(VolunteerCheckOutDocument, options);
      }
export type VolunteerCheckOutMutationHookResult = ReturnType<typeof useVolunteerCheckOutMutation>;
export type VolunteerCheckOutMutationResult = Apollo.MutationResult<VolunteerCheckOutMutation>;
export type VolunteerCheckOutMutationOptions = Apollo.BaseMutationOptions<VolunteerCheckOutMutation, VolunteerCheckOutMutationVariables>;
export const VolunteerRegisterDocument = gql`
    mutation VolunteerRegister($input: RegisterVolunteerInput!) {
  registerVolunteer(input: $input) {
    ...RosterMember
  }
}
    ${RosterMemberFragmentDoc}`;
export type VolunteerRegisterMutationFn = Apollo.MutationFunction<VolunteerRegisterMutation, VolunteerRegisterMutationVariables>;

/**
 * __useVolunteerRegisterMutation__
 *
 * To run a mutation, you first call `useVolunteerRegisterMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerRegisterMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerRegisterMutation, { data, loading, error }] = useVolunteerRegisterMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useVolunteerRegisterMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerRegisterMutation, VolunteerRegisterMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerRegisterMutation, VolunteerRegisterMutationVariables>(VolunteerRegisterDocument, options);
      }
export type VolunteerRegisterMutationHookResult = ReturnType<typeof useVolunteerRegisterMutation>;
export type VolunteerRegisterMutationResult = Apollo.MutationResult<VolunteerRegisterMutation>;
export type VolunteerRegisterMutationOptions = Apollo.BaseMutationOptions<VolunteerRegisterMutation, VolunteerRegisterMutationVariables>;
export const VolunteerDeactivateDocument = gql`
    mutation VolunteerDeactivate($id: ID!) {
  deactivateVolunteer(id: $id) {
    ...RosterMember
  }
}
    ${RosterMemberFragmentDoc}`;
export type VolunteerDeactivateMutationFn = Apollo.MutationFunction<VolunteerDeactivateMutation, VolunteerDeactivateMutationVariables>;

/**
 * __useVolunteerDeactivateMutation__
 *
 * To run a mutation, you first call `useVolunteerDeactivateMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerDeactivateMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerDeactivateMutation, { data, loading, error }] = useVolunteerDeactivateMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useVolunteerDeactivateMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerDeactivateMutation, VolunteerDeactivateMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerDeactivateMutation, VolunteerDeactivateMutationVariables>(VolunteerDeactivateDocument, options);
      }
export type VolunteerDeactivateMutationHookResult = ReturnType<typeof useVolunteerDeactivateMutation>;
export type VolunteerDeactivateMutationResult = Apollo.MutationResult<VolunteerDeactivateMutation>;
export type VolunteerDeactivateMutationOptions = Apollo.BaseMutationOptions<VolunteerDeactivateMutation, VolunteerDeactivateMutationVariables>;
export const VolunteerAcceptForDocument = gql`
    mutation VolunteerAcceptFor($id: ID!, $volunteerId: ID!) {
  acceptVolunteerTask(id: $id, volunteerId: $volunteerId) {
    ...RosterTask
  }
}
    ${RosterTaskFragmentDoc}`;
export type VolunteerAcceptForMutationFn = Apollo.MutationFunction<VolunteerAcceptForMutation, VolunteerAcceptForMutationVariables>;

/**
 * __useVolunteerAcceptForMutation__
 *
 * To run a mutation, you first call `useVolunteerAcceptForMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerAcceptForMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerAcceptForMutation, { data, loading, error }] = useVolunteerAcceptForMutation({
 *   variables: {
 *      id: // value for 'id'
 *      volunteerId: // value for 'volunteerId'
 *   },
 * });
 */
export function useVolunteerAcceptForMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerAcceptForMutation, VolunteerAcceptForMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerAcceptForMutation, VolunteerAcceptForMutationVariables>(VolunteerAcceptForDocument, options);
      }
export type VolunteerAcceptForMutationHookResult = ReturnType<typeof useVolunteerAcceptForMutation>;
export type VolunteerAcceptForMutationResult = Apollo.MutationResult<VolunteerAcceptForMutation>;
export type VolunteerAcceptForMutationOptions = Apollo.BaseMutationOptions<VolunteerAcceptForMutation, VolunteerAcceptForMutationVariables>;
export const VolunteerStartTaskDocument = gql`
    mutation VolunteerStartTask($id: ID!) {
  startVolunteerTask(id: $id) {
    ...RosterTask
  }
}
    ${RosterTaskFragmentDoc}`;
export type VolunteerStartTaskMutationFn = Apollo.MutationFunction<VolunteerStartTaskMutation, VolunteerStartTaskMutationVariables>;

/**
 * __useVolunteerStartTaskMutation__
 *
 * To run a mutation, you first call `useVolunteerStartTaskMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerStartTaskMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerStartTaskMutation, { data, loading, error }] = useVolunteerStartTaskMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useVolunteerStartTaskMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerStartTaskMutation, VolunteerStartTaskMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerStartTaskMutation, VolunteerStartTaskMutationVariables>(VolunteerStartTaskDocument, options);
      }
export type VolunteerStartTaskMutationHookResult = ReturnType<typeof useVolunteerStartTaskMutation>;
export type VolunteerStartTaskMutationResult = Apollo.MutationResult<VolunteerStartTaskMutation>;
export type VolunteerStartTaskMutationOptions = Apollo.BaseMutationOptions<VolunteerStartTaskMutation, VolunteerStartTaskMutationVariables>;
export const VolunteerCompleteTaskDocument = gql`
    mutation VolunteerCompleteTask($id: ID!, $note: String!) {
  completeVolunteerTask(id: $id, note: $note) {
    ...RosterTask
  }
}
    ${RosterTaskFragmentDoc}`;
export type VolunteerCompleteTaskMutationFn = Apollo.MutationFunction<VolunteerCompleteTaskMutation, VolunteerCompleteTaskMutationVariables>;

/**
 * __useVolunteerCompleteTaskMutation__
 *
 * To run a mutation, you first call `useVolunteerCompleteTaskMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerCompleteTaskMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerCompleteTaskMutation, { data, loading, error }] = useVolunteerCompleteTaskMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useVolunteerCompleteTaskMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerCompleteTaskMutation, VolunteerCompleteTaskMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerCompleteTaskMutation, VolunteerCompleteTaskMutationVariables>(VolunteerCompleteTaskDocument, options);
      }
export type VolunteerCompleteTaskMutationHookResult = ReturnType<typeof useVolunteerCompleteTaskMutation>;
export type VolunteerCompleteTaskMutationResult = Apollo.MutationResult<VolunteerCompleteTaskMutation>;
export type VolunteerCompleteTaskMutationOptions = Apollo.BaseMutationOptions<VolunteerCompleteTaskMutation, VolunteerCompleteTaskMutationVariables>;
export const AppealCategoriesDocument = gql`
    query AppealCategories {
  appealCategories {
    code
    name
  }
}
    `;

/**
 * __useAppealCategoriesQuery__
 *
 * To run a query within a React component, call `useAppealCategoriesQuery` and pass it any options that fit your needs.
 * When your component renders, `useAppealCategoriesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAppealCategoriesQuery({
 *   variables: {
 *   },
 * });
 */
export function useAppealCategoriesQuery(baseOptions?: Apollo.QueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
      }
export function useAppealCategoriesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
        }
// @ts-ignore
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>): Apollo.UseSuspenseQueryResult<AppealCategoriesQuery, AppealCategoriesQueryVariables>;
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>): Apollo.UseSuspenseQueryResult<AppealCategoriesQuery | undefined, AppealCategoriesQueryVariables>;
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
        }
export type AppealCategoriesQueryHookResult = ReturnType<typeof useAppealCategoriesQuery>;
export type AppealCategoriesLazyQueryHookResult = ReturnType<typeof useAppealCategoriesLazyQuery>;
export type AppealCategoriesSuspenseQueryHookResult = ReturnType<typeof useAppealCategoriesSuspenseQuery>;
export type AppealCategoriesQueryResult = Apollo.QueryResult<AppealCategoriesQuery, AppealCategoriesQueryVariables>;
export const DepartmentNamesDocument = gql`
    query DepartmentNames {
  departments(first: 100) {
    nodes {
      code
      name
    }
  }
}
    `;

/**
 * __useDepartmentNamesQuery__
 *
 * To run a query within a React component, call `useDepartmentNamesQuery` and pass it any options that fit your needs.
 * When your component renders, `useDepartmentNamesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDepartmentNamesQuery({
 *   variables: {
 *   },
 * });
 */
export function useDepartmentNamesQuery(baseOptions?: Apollo.QueryHookOptions<DepartmentNamesQuery, DepartmentNamesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<DepartmentNamesQuery, DepartmentNamesQueryVariables>(DepartmentNamesDocument, options);
      }
export function useDepartmentNamesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<DepartmentNamesQuery, DepartmentNamesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<DepartmentNamesQuery, DepartmentNamesQueryVariables>(DepartmentNamesDocument, options);
        }
// @ts-ignore
export function useDepartmentNamesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<DepartmentNamesQuery, DepartmentNamesQueryVariables>): Apollo.UseSuspenseQueryResult<DepartmentNamesQuery, DepartmentNamesQueryVariables>;
export function useDepartmentNamesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DepartmentNamesQuery, DepartmentNamesQueryVariables>): Apollo.UseSuspenseQueryResult<DepartmentNamesQuery | undefined, DepartmentNamesQueryVariables>;
export function useDepartmentNamesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<DepartmentNamesQuery, DepartmentNamesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<DepartmentNamesQuery, DepartmentNamesQueryVariables>(DepartmentNamesDocument, options);
        }
export type DepartmentNamesQueryHookResult = ReturnType<typeof useDepartmentNamesQuery>;
export type DepartmentNamesLazyQueryHookResult = ReturnType<typeof useDepartmentNamesLazyQuery>;
export type DepartmentNamesSuspenseQueryHookResult = ReturnType<typeof useDepartmentNamesSuspenseQuery>;
export type DepartmentNamesQueryResult = Apollo.QueryResult<DepartmentNamesQuery, DepartmentNamesQueryVariables>;