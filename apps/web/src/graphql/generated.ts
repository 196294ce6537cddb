/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as Apollo from '@apollo/client';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
const defaultOptions = {} as const;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: unknown; output: unknown; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

/** A quiet period: no routine inspection inside it */
export type AddInspectionQuietPeriodInput = {
  /** The first instant after the period; later than startsAt */
  endsAt: Scalars['DateTime']['input'];
  /** The enterprise it protects; leave out for every enterprise */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, e.g. 春节 or 生产旺季; 1 to 200 characters */
  reason: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** An issue to put on a project's ledger */
export type AddProjectLedgerItemInput = {
  /** The project department that is to handle it; one of the project's departments */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters */
  title: Scalars['String']['input'];
};

/** An enterprise appeal (诉求), followed along the closed loop until it is closed */
export type Appeal = {
  __typename?: 'Appeal';
  category: AppealCategory;
  channel: AppealChannel;
  /** The id the filing device gave the submission (its offline queue), if it gave one; a resend with it answers this appeal */
  clientRequestId: Maybe<Scalars['ID']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it was closed; null until it is */
  closureReason: Maybe<ClosureReason>;
  description: Scalars['String']['output'];
  /** Who was asked to act (派单): the lead, assisting departments and volunteer teams, in dispatch order */
  dispatches: Array<Dispatch>;
  /** When it must be resolved, set by the handling mode */
  dueAt: Scalars['DateTime']['output'];
  enterprise: Enterprise;
  /** Every deadline of this appeal that passed (督办), oldest first; each once */
  escalations: Array<Escalation>;
  /** The latest evaluation (评价回访); null until there is one */
  evaluation: Maybe<AppealEvaluation>;
  /** When a resolved case is closed as NO_RESPONSE if nobody has evaluated it */
  evaluationDueAt: Maybe<Scalars['DateTime']['output']>;
  /** What the enterprise was told when the case was resolved (结案反馈) */
  feedback: Maybe<Scalars['String']['output']>;
  /** The grid cell of the enterprise when the appeal was filed */
  gridCell: GridCell;
  handlingMode: HandlingMode;
  id: Scalars['ID']['output'];
  /** The department leading the case; null until it is dispatched */
  leadDepartment: Maybe<Department>;
  /** The leader whose ledger the case is on (建账领办); LEDGER cases cannot be handled without one */
  leaderName: Maybe<Scalars['String']['output']>;
  /** A deadline it still waits on has passed (督办); cleared when it catches up or gets a new deadline */
  overdue: Scalars['Boolean']['output'];
  /** The photos filed with it (照片), at most 6, in the order they were listed */
  photos: Array<AppealPhoto>;
  /** An earlier appeal of the same enterprise with a similar title; resolveDuplicate(KEEP) clears it, MERGE closes this one and keeps the link. Null when the caller may not see it */
  possibleDuplicateOf: Maybe<Appeal>;
  /** When it was last resolved */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  status: AppealStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Every step so far (办理轨迹), oldest first */
  timeline: Array<TimelineEntry>;
  title: Scalars['String']['output'];
  /** The tasks (志愿任务) volunteer teams took on for this appeal, oldest first: the caller's team's for a team lead, all for supervisors and admins, none for others */
  volunteerTasks: Array<VolunteerTask>;
};

/** What an appeal is about (诉求类别), e.g. licensing or snow and ice */
export type AppealCategory = {
  __typename?: 'AppealCategory';
  /** Stable code, passed as `category` to submitAppeal, e.g. LICENSING */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Whether volunteer teams may be asked to help with appeals of this kind */
  volunteerEligible: Scalars['Boolean']['output'];
};

/** How the appeal reached us (郑好拍 or one of the four whistles) */
export type AppealChannel =
  | 'COMMUNITY_COLLECTION'
  | 'DEPUTY_SURVEY'
  | 'ENTERPRISE_APP'
  | 'GRID_WORKER'
  | 'HOTLINE'
  | 'LEADER_LIAISON';

export type AppealConnection = {
  __typename?: 'AppealConnection';
  nodes: Array<Appeal>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** The latest evaluation of the result (评价回访): 1–2 reopen the case, 3–5 let it close */
export type AppealEvaluation = {
  __typename?: 'AppealEvaluation';
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  rating: Scalars['Int']['output'];
};

/** The figures of one department, grid cell or handling mode (零超时) */
export type AppealFigureRow = {
  __typename?: 'AppealFigureRow';
  /** The mean evaluation rating (1–5) of the evaluated; null when none is */
  averageSatisfaction: Maybe<Scalars['Float']['output']>;
  /** Counts of the statuses that occur, in the order of the closed loop */
  countsByStatus: Array<StatusCount>;
  /** When grouped by DEPARTMENT (null for UNASSIGNED) */
  department: Maybe<Department>;
  /** When grouped by GRID_CELL */
  gridCell: Maybe<GridCell>;
  /** When grouped by HANDLING_MODE */
  handlingMode: Maybe<HandlingMode>;
  /** The department or cell id, UNASSIGNED, or the handling mode */
  key: Scalars['String']['output'];
  /** Of those, resolved on or before their dueAt */
  onTimeCount: Scalars['Int']['output'];
  /** onTimeCount ÷ resolvedCount, 0 to 1; null when none is resolved */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Still open past their dueAt now (the overdueAppeals list) */
  overdueCount: Scalars['Int']['output'];
  /** Resolved (RESOLVED, EVALUATED, or CLOSED after a resolution) */
  resolvedCount: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A photo of an appeal (照片); its bytes are at `url` on the gateway */
export type AppealPhoto = {
  __typename?: 'AppealPhoto';
  /** Its size in bytes */
  bytes: Scalars['Int']['output'];
  /** image/jpeg, image/png or image/webp */
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** Where the bytes are (GET with the same Authorization as /graphql) */
  url: Scalars['String']['output'];
};

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

/** A check-in (签到) of a volunteer to a shift, and the check-out (签退) once they leave */
export type CheckIn = {
  __typename?: 'CheckIn';
  checkedInAt: Scalars['DateTime']['output'];
  /** Null while the volunteer is still on the shift */
  checkedOutAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Hours served, once checked out */
  serviceHours: Maybe<Scalars['Float']['output']>;
  shift: Shift;
  volunteer: Volunteer;
};

/** Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate */
export type ClosureReason =
  | 'EVALUATED'
  | 'MERGED'
  | 'NO_RESPONSE';

/** A new dispatch rule: who leads and who assists on appeals of a category */
export type CreateDispatchRuleInput = {
  /** Assisting departments (协办部门), by code, at most 10 */
  assistingDepartmentCodes?: Array<Scalars['String']['input']>;
  /** A category code, one of `appealCategories { code }` */
  category: Scalars['String']['input'];
  /** Only appeals in this grid cell; leave out for a rule that applies everywhere */
  gridCellId?: InputMaybe<Scalars['ID']['input']>;
  /** The lead department (牵头部门), by code, e.g. URBAN_MANAGEMENT */
  leadDepartmentCode: Scalars['String']['input'];
  /** Breaks ties between rules of the same category and scope, -1000 to 1000: the higher wins */
  priority?: Scalars['Int']['input'];
};

/** A project to look after the 1+1+N way */
export type CreateProjectInput = {
  /** The butler's name; 1 to 100 characters */
  butlerName: Scalars['String']['input'];
  /** The butler's user: the subject of their token */
  butlerSubjectId: Scalars['ID']['input'];
  /** The contact at the project; 1 to 100 characters */
  contactName: Scalars['String']['input'];
  /** Mainland mobile number: 11 digits starting with 1 */
  contactPhone: Scalars['String']['input'];
  /** The departments that serve the project, by code; 1 to 20, no repeats */
  departmentCodes: Array<Scalars['String']['input']>;
  enterpriseId: Scalars['ID']['input'];
  /** 1 to 200 characters */
  name: Scalars['String']['input'];
};

/** A government department (职能部门) that handles appeals */
export type Department = {
  __typename?: 'Department';
  /** The appeals this department leads, newest first */
  appeals: Array<Appeal>;
  /** Stable code, used in Kafka topic names: dispatch.department.<code> */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};


/** A government department (职能部门) that handles appeals */
export type DepartmentAppealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  nodes: Array<Department>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** An appeal sent to one department or volunteer team that must act on it (派单), and whether it reported in (报到) */
export type Dispatch = {
  __typename?: 'Dispatch';
  /** When a department must have reported in (报到); null for volunteer teams */
  acknowledgeBy: Maybe<Scalars['DateTime']['output']>;
  /** When the department reported in (报到); null until it does */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** The department, for a dispatch to one */
  department: Maybe<Department>;
  dispatchedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: DispatchRole;
  /** The department or team code; its topic is dispatch.department.<code> or dispatch.volunteer-team.<code> */
  targetCode: Scalars['String']['output'];
  targetKind: DispatchTargetKind;
  /** The volunteer team, for a dispatch to one */
  volunteerTeam: Maybe<VolunteerTeam>;
};

/** LEAD handles the case, ASSISTING departments help, VOLUNTEER teams take a task */
export type DispatchRole =
  | 'ASSISTING'
  | 'LEAD'
  | 'VOLUNTEER';

/** A dispatch rule (分派规则): who leads and who assists on appeals of a category, in one grid cell or, without one, everywhere */
export type DispatchRule = {
  __typename?: 'DispatchRule';
  /** The codes of the assisting departments, in the same order */
  assistingDepartmentCodes: Array<Scalars['String']['output']>;
  /** The assisting departments (协办部门), in order */
  assistingDepartments: Array<Department>;
  category: AppealCategory;
  createdAt: Scalars['DateTime']['output'];
  /** The only cell the rule applies in; null: every cell without a rule of its own */
  gridCell: Maybe<GridCell>;
  id: Scalars['ID']['output'];
  /** The lead department (牵头部门) */
  leadDepartment: Department;
  /** The code of the lead department (牵头部门), e.g. URBAN_MANAGEMENT */
  leadDepartmentCode: Scalars['String']['output'];
  /** Breaks ties between rules of the same category and scope: the higher wins */
  priority: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DispatchRuleConnection = {
  __typename?: 'DispatchRuleConnection';
  nodes: Array<DispatchRule>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** Whether a dispatch went to a department or to a volunteer team */
export type DispatchTargetKind =
  | 'DEPARTMENT'
  | 'VOLUNTEER_TEAM';

/** MERGE closes a duplicate into the earlier appeal; KEEP clears the flag */
export type DuplicateAction =
  | 'KEEP'
  | 'MERGE';

/** An enterprise, identified by its unified social credit code */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** The appeals filed for this enterprise, newest first */
  appeals: Array<Appeal>;
  /** 政企码: the enterprise's current code; null while it is revoked. Only the enterprise itself and ADMIN may see it */
  code: Maybe<EnterpriseCode>;
  /** The person the grid worker deals with */
  contactName: Scalars['String']['output'];
  /** Mainland mobile number of the contact */
  contactPhone: Scalars['String']['output'];
  /** When the enterprise was registered here */
  createdAt: Scalars['DateTime']['output'];
  /** Unified social credit code: 18 characters, the last a check character (GB 32100-2015) */
  creditCode: Scalars['String']['output'];
  /** The grid cell the enterprise belongs to */
  gridCell: GridCell;
  id: Scalars['ID']['output'];
  /** Inspections of this enterprise, newest first: all for the enterprise itself, SUPERVISOR and ADMIN; their own for DEPARTMENT_STAFF */
  inspections: InspectionConnection;
  /** Registered name, as on the business licence */
  name: Scalars['String']['output'];
  /** The enterprise's projects you may see, by name, at most `first` of them */
  projects: Array<Project>;
};


/** An enterprise, identified by its unified social credit code */
export type EnterpriseAppealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise, identified by its unified social credit code */
export type EnterpriseInspectionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An enterprise, identified by its unified social credit code */
export type EnterpriseProjectsArgs = {
  first?: Scalars['Int']['input'];
};

/** 政企码: an enterprise's current code, scanned by every official who comes to inspect */
export type EnterpriseCode = {
  __typename?: 'EnterpriseCode';
  issuedAt: Scalars['DateTime']['output'];
  /** The code as an SVG QR image, for printing and display at the entrance */
  qrSvg: Scalars['String']['output'];
  /** The signed code itself, as encoded in the QR image */
  value: Scalars['String']['output'];
  /** Goes up by one on every rotation; only the latest version is accepted */
  version: Scalars['Int']['output'];
};

export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  nodes: Array<Enterprise>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** A deadline of the appeal that passed (督办), escalated to the supervisors once */
export type Escalation = {
  __typename?: 'Escalation';
  deadline: EscalationDeadline;
  /** The deadline that passed */
  deadlineAt: Scalars['DateTime']['output'];
  /** For an acknowledgement deadline: the department that did not report in */
  departmentCode: Maybe<Scalars['String']['output']>;
  /** When the watcher found it */
  detectedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** ACKNOWLEDGEMENT: a department did not report in on time; HANDLING: not resolved by dueAt */
export type EscalationDeadline =
  | 'ACKNOWLEDGEMENT'
  | 'HANDLING';

/** What one 督办 scan did */
export type EscalationScanResult = {
  __typename?: 'EscalationScanResult';
  /** Appeal deadlines this scan escalated */
  appealEscalations: Scalars['Int']['output'];
  /** Appeals no longer behind, whose overdue mark was cleared */
  cleared: Scalars['Int']['output'];
  /** Ledger findings this scan escalated */
  findingEscalations: Scalars['Int']['output'];
};

/** Count appeals per lead department, grid cell or handling mode */
export type FigureGrouping =
  | 'DEPARTMENT'
  | 'GRID_CELL'
  | 'HANDLING_MODE';

/** OPEN → RECTIFYING → RECTIFIED → VERIFIED (对账销号); a rejected rectification goes back to RECTIFYING */
export type FindingStatus =
  | 'OPEN'
  | 'RECTIFIED'
  | 'RECTIFYING'
  | 'VERIFIED';

/** A grid cell (网格): a community cell or an enterprise-exclusive cell (企业专属网格) */
export type GridCell = {
  __typename?: 'GridCell';
  /** The appeals of enterprises in this cell, newest first */
  appeals: Array<Appeal>;
  /** The outline, as a closed ring of points */
  boundary: Array<LatLng>;
  /** Short code printed on the cell’s signboard, e.g. BGM-E01 */
  code: Scalars['String']['output'];
  /** The enterprises in this cell, by name, at most `first` of them */
  enterprises: Array<Enterprise>;
  /** The grid workers (网格员) assigned to this cell */
  gridWorkers: Array<GridWorker>;
  id: Scalars['ID']['output'];
  kind: GridCellKind;
  name: Scalars['String']['output'];
  region: Region;
  /** The volunteer teams (志愿服务队) that cover this cell */
  volunteerTeams: Array<VolunteerTeam>;
};


/** A grid cell (网格): a community cell or an enterprise-exclusive cell (企业专属网格) */
export type GridCellAppealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A grid cell (网格): a community cell or an enterprise-exclusive cell (企业专属网格) */
export type GridCellEnterprisesArgs = {
  first?: Scalars['Int']['input'];
};

export type GridCellConnection = {
  __typename?: 'GridCellConnection';
  nodes: Array<GridCell>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type GridCellKind =
  | 'COMMUNITY'
  | 'ENTERPRISE_EXCLUSIVE';

/** A grid worker (网格员) */
export type GridWorker = {
  __typename?: 'GridWorker';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Work phone; masked (138****0001) unless the caller is signed in */
  phone: Scalars['String']['output'];
};

/** How a case is led (领导领办); sets its deadline */
export type HandlingMode =
  | 'JOINT'
  | 'LEDGER'
  | 'TRACKED'
  | 'URGENT';

/** An inspection visit, checked in with the enterprise's code (政企码) */
export type Inspection = {
  __typename?: 'Inspection';
  /** The appeal (complaint) that caused the visit, when there is one */
  causeAppealId: Maybe<Scalars['ID']['output']>;
  checkedInAt: Scalars['DateTime']['output'];
  checkedOutAt: Maybe<Scalars['DateTime']['output']>;
  /** The version of the code that was scanned */
  codeVersion: Scalars['Int']['output'];
  /** The department whose staff came */
  departmentCode: Scalars['String']['output'];
  /** Seconds from check-in to check-out */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** The enterprise inspected */
  enterprise: Enterprise;
  /** What the officials found, recorded at check-out */
  findings: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who checked in, as their token names them */
  inspectorName: Scalars['String']['output'];
  /** The law or regulation the visit rests on, when one was given */
  legalBasis: Maybe<Scalars['String']['output']>;
  /** What the visit is for */
  purpose: Scalars['String']['output'];
  /** True for a visit without a cause: those count against the monthly quota (无事不扰) */
  routine: Scalars['Boolean']['output'];
};

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  nodes: Array<Inspection>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** How many inspections one department made in a period */
export type InspectionDepartmentCount = {
  __typename?: 'InspectionDepartmentCount';
  /** All check-ins */
  count: Scalars['Int']['output'];
  departmentCode: Scalars['String']['output'];
  /** Those without a cause, which count against the monthly quota */
  routine: Scalars['Int']['output'];
  /** Those with a cause (an appeal or a legal basis) */
  withCause: Scalars['Int']['output'];
};

/** A quiet period: inside it an inspection needs a cause (an appeal or a legal basis) */
export type InspectionQuietPeriod = {
  __typename?: 'InspectionQuietPeriod';
  /** The first instant after the period */
  endsAt: Scalars['DateTime']['output'];
  /** The enterprise it protects; null for every enterprise */
  enterpriseId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A point on the map (WGS 84) */
export type LatLng = {
  __typename?: 'LatLng';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 集中受理: SUBMITTED → ACCEPTED. Grid worker of the cell, lead department staff, leader, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  acceptAppeal: Appeal;
  /** A department reports in (报到) on an appeal dispatched to it: staff of that department or an admin (else FORBIDDEN); CONFLICT if it already did, NOT_FOUND if it was not dispatched */
  acknowledgeDispatch: Appeal;
  /** Adds a quiet period, for one enterprise or for all; ADMIN only */
  addInspectionQuietPeriod: InspectionQuietPeriod;
  /** 跟踪盯办: appends a progress note while the case is in handling. Grid worker of the cell, lead department staff, leader, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  addProgressNote: Appeal;
  /** Raises an issue on a project's ledger; its butler, its enterprise or ADMIN */
  addProjectLedgerItem: ProjectLedgerItem;
  /** 建账领办: puts the case on a named leader's ledger (LEDGER cases need one before handling). Leader, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  assignLeader: Appeal;
  /** 领导联系: the leader (by token subject) liaises with the enterprise and so sees it; ADMIN only; NOT_FOUND for an unknown enterprise */
  assignLeaderLiaison: Enterprise;
  /** Checks in for an inspection with the enterprise's code; DEPARTMENT_STAFF only. Beyond the monthly quota of routine inspections or in a quiet period it needs a cause (无事不扰) */
  checkInInspection: Inspection;
  /** 签到, by the shift's team's lead or an admin (FORBIDDEN for others): NOT_FOUND for an unknown shift or volunteer, CONFLICT when already checked in */
  checkInVolunteer: CheckIn;
  /** Checks out, recording how long the visit took; the department that checked in only; CONFLICT the second time */
  checkOutInspection: Inspection;
  /** 签退, by the shift's team's lead or an admin (FORBIDDEN for others): CONFLICT when not checked in or already checked out */
  checkOutVolunteer: CheckIn;
  /** 办结: EVALUATED → CLOSED. Grid worker of the cell, supervisor, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  closeAppeal: Appeal;
  /** Adds a dispatch rule; department codes are checked with the grid service (ADMIN) */
  createDispatchRule: DispatchRule;
  /** Creates a project with its butler, contact and departments; ADMIN only */
  createProject: Project;
  /** Removes a dispatch rule and answers it as it was (ADMIN) */
  deleteDispatchRule: DispatchRule;
  /** 评价回访: RESOLVED → EVALUATED (3–5) or back to REOPENED with a new deadline (1–2). The enterprise itself or its grid worker. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  evaluateAppeal: Appeal;
  /** 直办: ACCEPTED or REOPENED → HANDLING. Lead department staff, leader, admin. LEDGER needs a leader; JOINT an assisting department. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  handleAppeal: Appeal;
  /** SUPERVISOR or ADMIN: records a finding (OPEN) against a department, to be rectified by rectifyBy */
  recordSupervisionFinding: SupervisionFinding;
  /** Registers an enterprise in a grid cell; CONFLICT if its credit code is already registered */
  registerEnterprise: Enterprise;
  /** Adds a volunteer to a team, by the team's lead or an admin (FORBIDDEN for others); BAD_USER_INPUT, NOT_FOUND (teamId) or CONFLICT (phone taken) */
  registerVolunteer: Volunteer;
  /** SUPERVISOR or ADMIN: RECTIFIED → RECTIFYING, with the reason and optionally a new deadline */
  rejectRectification: SupervisionFinding;
  /** Ends a leader’s liaison with the enterprise (no error if there was none); ADMIN only; NOT_FOUND for an unknown enterprise */
  removeLeaderLiaison: Enterprise;
  /** 整改提升: RESOLVED or EVALUATED → REOPENED, with a new deadline from now. Supervisor, leader, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  reopenAppeal: Appeal;
  /** DEPARTMENT_STAFF of the finding’s department: RECTIFYING → RECTIFIED */
  reportRectified: SupervisionFinding;
  /** 结案反馈: HANDLING, TRANSFERRED or REOPENED → RESOLVED. Lead department staff, leader, admin. JOINT waits for every department to report in; TRACKED needs a progress note. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  resolveAppeal: Appeal;
  /** A possible duplicate: MERGE closes it as MERGED (SUBMITTED or ACCEPTED only), KEEP clears the flag. Grid worker of the cell, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  resolveDuplicate: Appeal;
  /** Revokes the current code: none is accepted until the code is rotated. ADMIN only */
  revokeEnterpriseCode: Enterprise;
  /** Issues a new version of the code; older versions stop being accepted at once. ADMIN, or the enterprise itself */
  rotateEnterpriseCode: EnterpriseCode;
  /** ADMIN: runs the 督办 watcher’s scan now instead of waiting for the next one */
  runEscalationScan: EscalationScanResult;
  /** ADMIN: sets a year's holidays and make-up working days; they replace the published data for that year, and deadlines counted from now on use them */
  setWorkingCalendarYear: WorkingCalendarYear;
  /** DEPARTMENT_STAFF of the finding’s department: OPEN → RECTIFYING */
  startRectification: SupervisionFinding;
  /** Files a new appeal (郑好拍); it starts SUBMITTED with a deadline set by its handling mode. An enterprise for itself, a grid worker for its cells’ enterprises, leader, admin; others FORBIDDEN */
  submitAppeal: Appeal;
  /** 转办: to TRANSFERRED, dispatched anew to the departments named (the first leads). Lead department staff, leader, admin. UNAUTHENTICATED without a token, FORBIDDEN for a role or scope that may not, CONFLICT (with extensions.currentStatus) from a status that does not allow it */
  transferAppeal: Appeal;
  /** Changes a dispatch rule; appeals already dispatched keep their departments (ADMIN) */
  updateDispatchRule: DispatchRule;
  /** Moves a ledger item to another status; the project's butler or staff of the item's department */
  updateProjectLedgerItem: ProjectLedgerItem;
  /** Moves a task one step: OPEN → IN_PROGRESS → DONE, by the team's lead or an admin (FORBIDDEN for others). NOT_FOUND for an unknown id; CONFLICT (with currentStatus) for any other move */
  updateVolunteerTaskStatus: VolunteerTask;
  /** SUPERVISOR or ADMIN: RECTIFIED → VERIFIED, struck off the ledger (对账销号) */
  verifyFinding: SupervisionFinding;
};


export type MutationAcceptAppealArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcknowledgeDispatchArgs = {
  appealId: Scalars['ID']['input'];
  departmentCode: Scalars['String']['input'];
};


export type MutationAddInspectionQuietPeriodArgs = {
  input: AddInspectionQuietPeriodInput;
};


export type MutationAddProgressNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAddProjectLedgerItemArgs = {
  input: AddProjectLedgerItemInput;
  projectId: Scalars['ID']['input'];
};


export type MutationAssignLeaderArgs = {
  id: Scalars['ID']['input'];
  leaderName: Scalars['String']['input'];
};


export type MutationAssignLeaderLiaisonArgs = {
  enterpriseId: Scalars['ID']['input'];
  leaderSubject: Scalars['String']['input'];
};


export type MutationCheckInInspectionArgs = {
  causeAppealId: InputMaybe<Scalars['ID']['input']>;
  code: Scalars['String']['input'];
  legalBasis: InputMaybe<Scalars['String']['input']>;
  purpose: Scalars['String']['input'];
};


export type MutationCheckInVolunteerArgs = {
  shiftId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};


export type MutationCheckOutInspectionArgs = {
  findings: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCheckOutVolunteerArgs = {
  shiftId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};


export type MutationCloseAppealArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateDispatchRuleArgs = {
  input: CreateDispatchRuleInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationDeleteDispatchRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEvaluateAppealArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationHandleAppealArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordSupervisionFindingArgs = {
  input: RecordSupervisionFindingInput;
};


export type MutationRegisterEnterpriseArgs = {
  input: RegisterEnterpriseInput;
};


export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


export type MutationRejectRectificationArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  rectifyBy: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationRemoveLeaderLiaisonArgs = {
  enterpriseId: Scalars['ID']['input'];
  leaderSubject: Scalars['String']['input'];
};


export type MutationReopenAppealArgs = {
  id: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationReportRectifiedArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveAppealArgs = {
  feedback: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResolveDuplicateArgs = {
  action: DuplicateAction;
  id: Scalars['ID']['input'];
};


export type MutationRevokeEnterpriseCodeArgs = {
  enterpriseId: Scalars['ID']['input'];
};


export type MutationRotateEnterpriseCodeArgs = {
  enterpriseId: Scalars['ID']['input'];
};


export type MutationSetWorkingCalendarYearArgs = {
  input: WorkingCalendarYearInput;
};


export type MutationStartRectificationArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitAppealArgs = {
  input: SubmitAppealInput;
};


export type MutationTransferAppealArgs = {
  departmentCodes: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateDispatchRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDispatchRuleInput;
};


export type MutationUpdateProjectLedgerItemArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  status: ProjectLedgerStatus;
};


export type MutationUpdateVolunteerTaskStatusArgs = {
  id: Scalars['ID']['input'];
  status: VolunteerTaskStatus;
};


export type MutationVerifyFindingArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};

export type OverdueAppealConnection = {
  __typename?: 'OverdueAppealConnection';
  nodes: Array<Appeal>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** Where a page ends and whether another follows */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An enterprise's project, looked after the 1+1+N way: one butler, one project contact, N departments (项目管家) */
export type Project = {
  __typename?: 'Project';
  /** The one butler (项目管家) */
  butler: ProjectButler;
  createdAt: Scalars['DateTime']['output'];
  /** The N departments that serve the project, by code */
  departmentCodes: Array<Scalars['String']['output']>;
  enterprise: Enterprise;
  id: Scalars['ID']['output'];
  /** The issues raised, oldest first (项目台账) */
  ledger: Array<ProjectLedgerItem>;
  name: Scalars['String']['output'];
  /** The one contact at the project */
  projectContact: ProjectContact;
};

/** The project's butler (项目管家): the one staff member who chases it */
export type ProjectButler = {
  __typename?: 'ProjectButler';
  name: Scalars['String']['output'];
  /** The subject id of their user */
  subjectId: Scalars['ID']['output'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  nodes: Array<Project>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** The one contact at the project; the phone is masked unless you are ADMIN, the butler or the enterprise */
export type ProjectContact = {
  __typename?: 'ProjectContact';
  name: Scalars['String']['output'];
  /** In full for ADMIN, the butler and the enterprise itself; otherwise like 138****0001 */
  phone: Scalars['String']['output'];
};

/** An issue raised on a project's ledger (项目台账) */
export type ProjectLedgerItem = {
  __typename?: 'ProjectLedgerItem';
  /** The project department that is to handle it */
  departmentCode: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The latest note, given with a status change */
  note: Maybe<Scalars['String']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  /** Who raised it, as ROLE:name */
  raisedBy: Scalars['String']['output'];
  status: ProjectLedgerStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Who changed it last, as ROLE:name */
  updatedBy: Scalars['String']['output'];
};

/** Where an issue on a project ledger stands */
export type ProjectLedgerStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** One appeal by id; NOT_FOUND if there is none, FORBIDDEN outside the caller’s scope, UNAUTHENTICATED without a token */
  appeal: Appeal;
  /** The categories an appeal can be filed under; pass a `code` as submitAppeal’s `category` */
  appealCategories: Array<AppealCategory>;
  /** 零超时: per department, grid cell or handling mode, counts by status, on-time rate, satisfaction and overdue (SUPERVISOR, LEADER, ADMIN) */
  appealFigures: Array<AppealFigureRow>;
  /** The appeals the caller may see (docs/ACCESS.md), newest first, a page at a time; UNAUTHENTICATED without a token */
  appeals: AppealConnection;
  /** A department by its code, e.g. MARKET_REGULATION */
  department: Department;
  departments: DepartmentConnection;
  /** The dispatch rules, oldest first, a page at a time (SUPERVISOR, ADMIN) */
  dispatchRules: DispatchRuleConnection;
  /** One enterprise by id; NOT_FOUND if there is none */
  enterprise: Enterprise;
  /** One enterprise by its unified social credit code; BAD_USER_INPUT if the code is malformed, NOT_FOUND if nobody has it */
  enterpriseByCreditCode: Enterprise;
  /** Enterprises ordered by name, a page at a time */
  enterprises: EnterpriseConnection;
  /** One grid cell by id; NOT_FOUND if there is none */
  gridCell: GridCell;
  /** Grid cells ordered by code, a page at a time */
  gridCells: GridCellConnection;
  /** Inspections per department in [from, to), busiest first; SUPERVISOR and ADMIN */
  inspectionCountsByDepartment: Array<InspectionDepartmentCount>;
  /** The grid cell that contains a point, or null outside every cell */
  locateGridCell: Maybe<GridCell>;
  /** The projects you are butler (项目管家) of, by name */
  myProjects: ProjectConnection;
  /** Open appeals past their dueAt, longest overdue first (SUPERVISOR, LEADER, ADMIN) */
  overdueAppeals: OverdueAppealConnection;
  /** One project; for ADMIN, SUPERVISOR, its butler, its enterprise and its departments */
  project: Project;
  /** One finding of the undercover-supervision ledger (暗访督导台账) */
  supervisionFinding: SupervisionFinding;
  /** The ledger, newest found first; department staff see their own department’s findings */
  supervisionFindings: SupervisionFindingConnection;
  /** Volunteer activities, latest first, a page at a time */
  volunteerActivities: VolunteerActivityConnection;
  /** One volunteer activity by id; NOT_FOUND if there is none */
  volunteerActivity: VolunteerActivity;
  /** One volunteer task by id, for its team's lead, supervisors and admins (FORBIDDEN for others); NOT_FOUND if there is none */
  volunteerTask: VolunteerTask;
  /** One volunteer team by id; NOT_FOUND if there is none */
  volunteerTeam: VolunteerTeam;
  /** Volunteer teams ordered by code, a page at a time */
  volunteerTeams: VolunteerTeamConnection;
};


export type QueryAppealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppealFiguresArgs = {
  from: InputMaybe<Scalars['DateTime']['input']>;
  groupBy: FigureGrouping;
  to: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAppealsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  channel: InputMaybe<AppealChannel>;
  enterpriseId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  gridCellId: InputMaybe<Scalars['ID']['input']>;
  handlingMode: InputMaybe<HandlingMode>;
  status: InputMaybe<AppealStatus>;
};


export type QueryDepartmentArgs = {
  code: Scalars['String']['input'];
};


export type QueryDepartmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryDispatchRulesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  category: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryEnterpriseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnterpriseByCreditCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryEnterprisesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gridCellId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGridCellArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGridCellsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind: InputMaybe<GridCellKind>;
  regionId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInspectionCountsByDepartmentArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryLocateGridCellArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type QueryMyProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOverdueAppealsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  departmentCode: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gridCellId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionFindingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  departmentCode: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  overdue: InputMaybe<Scalars['Boolean']['input']>;
  status: InputMaybe<FindingStatus>;
};


export type QueryVolunteerActivitiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryVolunteerActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerTeamsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  gridCellId: InputMaybe<Scalars['ID']['input']>;
};

/** A problem found on undercover supervision (暗访督导), to be rectified by a department */
export type RecordSupervisionFindingInput = {
  /** The department that must rectify, e.g. URBAN_MANAGEMENT */
  departmentCode: Scalars['String']['input'];
  /** 1 to 5000 characters */
  description: Scalars['String']['input'];
  /** When it was found; now if not given, never in the future */
  foundAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When it must be rectified: after foundAt and after now */
  rectifyBy: Scalars['DateTime']['input'];
  /** 1 to 200 characters */
  title: Scalars['String']['input'];
};

/** An administrative area: district, subdistrict (street office) or community */
export type Region = {
  __typename?: 'Region';
  /** Administrative division code, e.g. 410103 for 二七区 */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
};

/** District (区), subdistrict (街道) or community (社区) */
export type RegionLevel =
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'STREET';

/** An enterprise to register in a grid cell */
export type RegisterEnterpriseInput = {
  /** The person to deal with; 1 to 100 characters */
  contactName: Scalars['String']['input'];
  /** Mainland mobile number: 11 digits starting with 1 */
  contactPhone: Scalars['String']['input'];
  /** Unified social credit code (18 characters); its check character is verified */
  creditCode: Scalars['String']['input'];
  /** The grid cell the enterprise belongs to */
  gridCellId: Scalars['ID']['input'];
  /** Registered name, as on the business licence; 1 to 200 characters */
  name: Scalars['String']['input'];
};

/** Who joins which volunteer team */
export type RegisterVolunteerInput = {
  /** Leading and trailing spaces are dropped */
  name: Scalars['String']['input'];
  /** Mobile number, 11 digits starting with 1, e.g. 13700000001 */
  phone: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

/** A shift (班次): one team on one duty for a stretch of an activity */
export type Shift = {
  __typename?: 'Shift';
  activity: VolunteerActivity;
  duty: VolunteerDuty;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** The team that staffs this shift */
  team: VolunteerTeam;
};

/** How many appeals of a group are in one status */
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: AppealStatus;
};

/** A new appeal (郑好拍), filed by or for an enterprise */
export type SubmitAppealInput = {
  /** A category code, one of `appealCategories { code }` */
  category: Scalars['String']['input'];
  channel: AppealChannel;
  /** A UUID the device made for this submission (its offline queue): sent again with the same id, the appeal already filed is answered and nothing new is written */
  clientRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** The details: 1 to 5000 characters */
  description: Scalars['String']['input'];
  /** The enterprise the appeal is for; its grid cell is looked up from it */
  enterpriseId: Scalars['ID']['input'];
  /** Sets the deadline: URGENT 1 day, JOINT 5, LEDGER 15, TRACKED 30 */
  handlingMode: HandlingMode;
  /** Photos the caller uploaded to POST /photos and has not attached yet, at most 6, in the order to show them */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the problem is, in a line: 1 to 200 characters */
  title: Scalars['String']['input'];
};

/** A finding of the undercover-supervision ledger (暗访督导台账), rectified by a department and struck off (对账销号) by a supervisor */
export type SupervisionFinding = {
  __typename?: 'SupervisionFinding';
  /** The department that must rectify, e.g. URBAN_MANAGEMENT */
  departmentCode: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** When the supervisor found it */
  foundAt: Scalars['DateTime']['output'];
  /** Every step so far, oldest first */
  history: Array<SupervisionFindingEntry>;
  id: Scalars['ID']['output'];
  /** rectifyBy passed before the department reported it rectified; escalated once (督办) */
  overdue: Scalars['Boolean']['output'];
  /** Who recorded it */
  recordedBy: Scalars['String']['output'];
  /** When it must be rectified */
  rectifyBy: Scalars['DateTime']['output'];
  status: FindingStatus;
  title: Scalars['String']['output'];
};

export type SupervisionFindingConnection = {
  __typename?: 'SupervisionFindingConnection';
  nodes: Array<SupervisionFinding>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** One step of a finding’s history: who moved it, from which status to which, and why */
export type SupervisionFindingEntry = {
  __typename?: 'SupervisionFindingEntry';
  /** Who took the step, e.g. `SUPERVISOR:营商环境监督员 一号` or `system` */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Null on the first entry */
  fromStatus: Maybe<FindingStatus>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  toStatus: FindingStatus;
};

/** One step of an appeal’s handling (办理轨迹): who moved it, from which status to which, and why */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** Who took the step: "system" or a role such as grid-worker or a department code */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Null on the first entry */
  fromStatus: Maybe<AppealStatus>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  toStatus: AppealStatus;
};

/** Changes to a dispatch rule; what is left out stays as it is */
export type UpdateDispatchRuleInput = {
  /** Replaces the assisting departments; [] for none */
  assistingDepartmentCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only appeals in this grid cell; null makes the rule apply everywhere */
  gridCellId?: InputMaybe<Scalars['ID']['input']>;
  leadDepartmentCode?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
};

/** A volunteer (志愿者), member of one team */
export type Volunteer = {
  __typename?: 'Volunteer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Mobile number, 11 digits; one registration per number */
  phone: Scalars['String']['output'];
  /** Hours of service over all completed check-ins (签到 to 签退) */
  serviceHours: Scalars['Float']['output'];
  team: VolunteerTeam;
};

/** A volunteer activity (志愿活动), e.g. a festival the teams staff in shifts */
export type VolunteerActivity = {
  __typename?: 'VolunteerActivity';
  /** Stable code, e.g. LANTERN_FESTIVAL_2024 */
  code: Scalars['String']['output'];
  /** Last day (inclusive), in Asia/Shanghai */
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Visits the organisers reported, e.g. 86,000 over the three days */
  reportedVisits: Maybe<Scalars['Int']['output']>;
  /** The shifts, in the order they start */
  shifts: Array<Shift>;
  /** First day, in Asia/Shanghai */
  startsOn: Scalars['Date']['output'];
};

export type VolunteerActivityConnection = {
  __typename?: 'VolunteerActivityConnection';
  nodes: Array<VolunteerActivity>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** What a shift does: guidance (引导), order keeping (秩序维护), helping vulnerable groups (帮扶弱势群体), snow and ice clearing (除雪除冰) */
export type VolunteerDuty =
  | 'GUIDANCE'
  | 'HELPING_VULNERABLE'
  | 'ORDER_KEEPING'
  | 'SNOW_AND_ICE_CLEARING';

/** A volunteer task (志愿任务): an appeal spread to a volunteer team, for the team to act on */
export type VolunteerTask = {
  __typename?: 'VolunteerTask';
  /** The appeal the task came from */
  appeal: Appeal;
  /** The appeal's category code, e.g. ENVIRONMENT */
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** When the appeal must be resolved */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: VolunteerTaskStatus;
  team: VolunteerTeam;
  /** The appeal's title when it was dispatched */
  title: Scalars['String']['output'];
};

/** Where a volunteer task is: OPEN → IN_PROGRESS → DONE, never back */
export type VolunteerTaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A volunteer team (志愿服务队) that covers grid cells and staffs activity shifts */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** Stable code, used in Kafka topic names: dispatch.volunteer-team.<code> */
  code: Scalars['String']['output'];
  /** The grid cells this team covers */
  gridCells: Array<GridCell>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The tasks (志愿任务) spread to this team, newest first: for the team's lead, supervisors and admins; empty for others */
  tasks: Array<VolunteerTask>;
  /** The members, by name: for the team's lead, supervisors and admins; empty for others */
  volunteers: Array<Volunteer>;
};


/** A volunteer team (志愿服务队) that covers grid cells and staffs activity shifts */
export type VolunteerTeamTasksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<VolunteerTaskStatus>;
};

export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  nodes: Array<VolunteerTeam>;
  pageInfo: PageInfo;
  /** How many match the filter, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** A year of the working calendar as set in the database */
export type WorkingCalendarYear = {
  __typename?: 'WorkingCalendarYear';
  /** Public holidays (法定节假日), YYYY-MM-DD, in order */
  holidays: Array<Scalars['String']['output']>;
  setAt: Scalars['DateTime']['output'];
  /** Who set it */
  setBy: Scalars['String']['output'];
  /** Make-up working days (调休上班), YYYY-MM-DD, in order */
  workdays: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** One year's public holidays (法定节假日) and make-up working days (调休上班), as the State Council's notice gives them */
export type WorkingCalendarYearInput = {
  /** Every day off of the year, YYYY-MM-DD (at least one; weekends inside a holiday too) */
  holidays: Array<Scalars['String']['input']>;
  /** Every weekend day worked instead (调休), YYYY-MM-DD; never also a holiday */
  workdays: Array<Scalars['String']['input']>;
  /** e.g. 2027 */
  year: Scalars['Int']['input'];
};

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