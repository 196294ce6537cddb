/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as Apollo from '@apollo/client';
const defaultOptions = {} as const;
/** How the appeal reached us (郑好拍 or one of the four whistles) */
export type AppealChannel =
  | 'COMMUNITY_COLLECTION'
  | 'DEPUTY_SURVEY'
  | 'ENTERPRISE_APP'
  | 'GRID_WORKER'
  | 'HOTLINE'
  | 'LEADER_LIAISON';

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

/** Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate */
export type ClosureReason =
  | 'EVALUATED'
  | 'MERGED'
  | 'NO_RESPONSE';

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

export type GridCellKind =
  | 'COMMUNITY'
  | 'ENTERPRISE_EXCLUSIVE';

/** How a case is led (领导领办); sets its deadline */
export type HandlingMode =
  | 'JOINT'
  | 'LEDGER'
  | 'TRACKED'
  | 'URGENT';

/** Where an issue on a project ledger stands */
export type ProjectLedgerStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A new appeal (郑好拍), filed by or for an enterprise */
export type SubmitAppealInput = {
  /** A category code, one of `appealCategories { code }` */
  category: string;
  channel: AppealChannel;
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

/** Where a volunteer task is: OPEN → ACCEPTED (a member took it on) → IN_PROGRESS → DONE, never back */
export type VolunteerTaskStatus =
  | 'ACCEPTED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

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

export type MyInspectionsQueryVariables = Exact<{
  enterpriseId: string;
  after?: string | null | undefined;
}>;


export type MyInspectionsQuery = { enterprise: { id: string, name: string, inspections: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, inspectorName: string, purpose: string, legalBasis: string | null, routine: boolean, checkedInAt: string, checkedOutAt: string | null, durationSeconds: number | null, findings: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type MyEnterpriseProjectsQueryVariables = Exact<{
  enterpriseId: string;
}>;


export type MyEnterpriseProjectsQuery = { enterprise: { id: string, name: string, projects: Array<{ id: string, name: string, departmentCodes: Array<string>, createdAt: string, butler: { name: string }, ledger: Array<{ id: string, title: string, status: ProjectLedgerStatus, raisedAt: string, note: string | null }> }> } };

export type MyGridCellsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridCellsQuery = { gridCells: { nodes: Array<{ id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }> }> } };

export type GridCellDetailQueryVariables = Exact<{
  id: string;
}>;


export type GridCellDetailQuery = { gridCell: { id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }>, region: { id: string, name: string }, enterprises: Array<{ id: string, name: string, creditCode: string, contactName: string, contactPhone: string }>, appeals: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } }>, volunteerTeams: Array<{ id: string, code: string, name: string }> } };

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

export type BoardFindingFragment = { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string };

export type BoardFindingsQueryVariables = Exact<{
  status?: FindingStatus | null | undefined;
}>;


export type BoardFindingsQuery = { supervisionFindings: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string }> } };

export type BoardVerifyFindingMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type BoardVerifyFindingMutation = { verifyFinding: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string } };

export type BoardRejectRectificationMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type BoardRejectRectificationMutation = { rejectRectification: { id: string, departmentCode: string, title: string, description: string, foundAt: string, rectifyBy: string, status: FindingStatus, overdue: boolean, recordedBy: string } };

export type BoardLedgerCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardLedgerCasesQuery = { appeals: { totalCount: number, nodes: Array<{ overdue: boolean, feedback: string | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, leaderName: string | null, gridCell: { id: string, code: string, name: string }, leadDepartment: { id: string, name: string } | null }> } };

export type VolunteerTeamCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerTeamCodesQuery = { volunteerTeams: { nodes: Array<{ id: string, code: string, name: string }> } };

export type VolunteerRosterQueryVariables = Exact<{
  teamId: string;
}>;


export type VolunteerRosterQuery = { volunteerTeam: { id: string, code: string, name: string, volunteers: Array<{ id: string, name: string, serviceHours: { totalHours: number } }>, tasks: Array<{ id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string }> }, volunteerActivities: { nodes: Array<{ id: string, code: string, name: string, location: string, startsOn: unknown, endsOn: unknown, reportedVisits: number | null, shifts: Array<{ id: string, duty: VolunteerDuty, startsAt: string, endsAt: string, team: { id: string, code: string, name: string } }> }> } };

export type VolunteerTaskRowFragment = { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string };

export type VolunteerCheckInMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerCheckInMutation = { checkInVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, serviceHours: number | null, volunteer: { id: string, name: string, serviceHours: { totalHours: number } } } };

export type VolunteerCheckOutMutationVariables = Exact<{
  shiftId: string;
  volunteerId: string;
}>;


export type VolunteerCheckOutMutation = { checkOutVolunteer: { id: string, checkedInAt: string, checkedOutAt: string | null, serviceHours: number | null, volunteer: { id: string, name: string, serviceHours: { totalHours: number } } } };

export type VolunteerTaskStatusMutationVariables = Exact<{
  id: string;
  status: VolunteerTaskStatus;
}>;


export type VolunteerTaskStatusMutation = { updateVolunteerTaskStatus: { id: string, title: string, description: string, category: string, dueAt: string, status: VolunteerTaskStatus, createdAt: string } };

export type AppealCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealCategoriesQuery = { appealCategories: Array<{ code: string, name: string }> };

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
}
    `;
export const VolunteerTaskRowFragmentDoc = gql`
    fragment VolunteerTaskRow on VolunteerTask {
  id
  title
  description
  category
  dueAt
  status
  createdAt
}
    `;
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
export const BoardLedgerCasesDocument = gql`
    query BoardLedgerCases {
  appeals(first: 100, handlingMode: LEDGER) {
    totalCount
    nodes {
      ...BoardAppeal
      overdue
      feedback
    }
  }
}
    ${BoardAppealFragmentDoc}`;

/**
 * __useBoardLedgerCasesQuery__
 *
 * To run a query within a React component, call `useBoardLedgerCasesQuery` and pass it any options that fit your needs.
 * When your component renders, `useBoardLedgerCasesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useBoardLedgerCasesQuery({
 *   variables: {
 *   },
 * });
 */
export function useBoardLedgerCasesQuery(baseOptions?: Apollo.QueryHookOptions<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>(BoardLedgerCasesDocument, options);
      }
export function useBoardLedgerCasesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>(BoardLedgerCasesDocument, options);
        }
// @ts-ignore
export function useBoardLedgerCasesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>): Apollo.UseSuspenseQueryResult<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>;
export function useBoardLedgerCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>): Apollo.UseSuspenseQueryResult<BoardLedgerCasesQuery | undefined, BoardLedgerCasesQueryVariables>;
export function useBoardLedgerCasesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>(BoardLedgerCasesDocument, options);
        }
export type BoardLedgerCasesQueryHookResult = ReturnType<typeof useBoardLedgerCasesQuery>;
export type BoardLedgerCasesLazyQueryHookResult = ReturnType<typeof useBoardLedgerCasesLazyQuery>;
export type BoardLedgerCasesSuspenseQueryHookResult = ReturnType<typeof useBoardLedgerCasesSuspenseQuery>;
export type BoardLedgerCasesQueryResult = Apollo.QueryResult<BoardLedgerCasesQuery, BoardLedgerCasesQueryVariables>;
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
    volunteers {
      id
      name
      serviceHours {
        totalHours
      }
    }
    tasks(first: 100) {
      ...VolunteerTaskRow
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
      shifts {
        id
        duty
        startsAt
        endsAt
        team {
          id
          code
          name
        }
      }
    }
  }
}
    ${VolunteerTaskRowFragmentDoc}`;

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
export const VolunteerCheckInDocument = gql`
    mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {
  checkInVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    checkedInAt
    checkedOutAt
    serviceHours
    volunteer {
      id
      name
      serviceHours {
        totalHours
      }
    }
  }
}
    `;
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
    serviceHours
    volunteer {
      id
      name
      serviceHours {
        totalHours
      }
    }
  }
}
    `;
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
export const VolunteerTaskStatusDocument = gql`
    mutation VolunteerTaskStatus($id: ID!, $status: VolunteerTaskStatus!) {
  updateVolunteerTaskStatus(id: $id, status: $status) {
    ...VolunteerTaskRow
  }
}
    ${VolunteerTaskRowFragmentDoc}`;
export type VolunteerTaskStatusMutationFn = Apollo.MutationFunction<VolunteerTaskStatusMutation, VolunteerTaskStatusMutationVariables>;

/**
 * __useVolunteerTaskStatusMutation__
 *
 * To run a mutation, you first call `useVolunteerTaskStatusMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useVolunteerTaskStatusMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [volunteerTaskStatusMutation, { data, loading, error }] = useVolunteerTaskStatusMutation({
 *   variables: {
 *      id: // value for 'id'
 *      status: // value for 'status'
 *   },
 * });
 */
export function useVolunteerTaskStatusMutation(baseOptions?: Apollo.MutationHookOptions<VolunteerTaskStatusMutation, VolunteerTaskStatusMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<VolunteerTaskStatusMutation, VolunteerTaskStatusMutationVariables>(VolunteerTaskStatusDocument, options);
      }
export type VolunteerTaskStatusMutationHookResult = ReturnType<typeof useVolunteerTaskStatusMutation>;
export type VolunteerTaskStatusMutationResult = Apollo.MutationResult<VolunteerTaskStatusMutation>;
export type VolunteerTaskStatusMutationOptions = Apollo.BaseMutationOptions<VolunteerTaskStatusMutation, VolunteerTaskStatusMutationVariables>;
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