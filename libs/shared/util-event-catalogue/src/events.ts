import { FormatRegistry, type Static, type TObject, Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  APPEAL_STATUSES,
  DISPATCH_TARGET_KINDS,
  DispatchRole,
  HANDLING_MODES,
} from '@erqi/appeal/util-contract';
import { type CloudEvent, MalformedEvent } from './cloud-event';

// TypeBox checks no string format until told how; these are the two our schemas use.
if (!FormatRegistry.Has('uuid'))
  FormatRegistry.Set('uuid', (value) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  );
if (!FormatRegistry.Has('date-time'))
  FormatRegistry.Set(
    'date-time',
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
  );

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Code = Type.String({
  pattern: '^[A-Z0-9_]+$',
  description: 'Upper-case code, e.g. MARKET_REGULATION',
});
const HandlingMode = Type.Union(
  HANDLING_MODES.map((mode) => Type.Literal(mode)),
  {
    description: 'URGENT 即知即办, LEDGER 建账领办, JOINT 合力共办, TRACKED 跟踪盯办',
  },
);

/** `cn.erqi.appeal.submitted`: an enterprise appeal entered central intake (集中受理). */
export const AppealSubmittedData = Type.Object(
  {
    appealId: Uuid,
    enterpriseId: Uuid,
    gridCellId: Uuid,
    title: Type.String({ minLength: 1 }),
    category: Code,
    channel: Code,
    handlingMode: HandlingMode,
    submittedAt: DateTime,
    dueAt: DateTime,
  },
  { $id: 'AppealSubmitted', additionalProperties: true },
);
export type AppealSubmittedData = Static<typeof AppealSubmittedData>;

/** `cn.erqi.appeal.dispatched`: an appeal sent to one department or volunteer team that must act. */
export const AppealDispatchedData = Type.Object(
  {
    appealId: Uuid,
    title: Type.String({ minLength: 1 }),
    description: Type.String(),
    category: Code,
    handlingMode: HandlingMode,
    enterpriseId: Uuid,
    gridCellId: Uuid,
    dueAt: DateTime,
    dispatchedAt: DateTime,
    target: Type.Object({
      kind: Type.Union(DISPATCH_TARGET_KINDS.map((kind) => Type.Literal(kind))),
      id: Uuid,
      code: Code,
    }),
    role: Type.Union(
      Object.values(DispatchRole).map((role) => Type.Literal(role)),
      {
        description:
          'LEAD handles the case; ASSISTING departments help (合力共办); VOLUNTEER teams take a task',
      },
    ),
    acknowledgeBy: Type.Union([DateTime, Type.Null()], {
      description: 'When a department must have reported in (报到)',
    }),
  },
  { $id: 'AppealDispatched', additionalProperties: true },
);
export type AppealDispatchedData = Static<typeof AppealDispatchedData>;

/** `cn.erqi.appeal.acknowledged`: a dispatched department reported in (报到). */
export const AppealAcknowledgedData = Type.Object(
  { appealId: Uuid, departmentCode: Code, acknowledgedAt: DateTime },
  { $id: 'AppealAcknowledged', additionalProperties: true },
);
export type AppealAcknowledgedData = Static<typeof AppealAcknowledgedData>;

/** `cn.erqi.volunteer.task-created`: a volunteer team took on a task spread to it from an appeal. */
export const VolunteerTaskCreatedData = Type.Object(
  { taskId: Uuid, appealId: Uuid, teamId: Uuid, teamCode: Code, createdAt: DateTime },
  { $id: 'VolunteerTaskCreated', additionalProperties: true },
);
export type VolunteerTaskCreatedData = Static<typeof VolunteerTaskCreatedData>;

const AppealStatus = Type.Union(APPEAL_STATUSES.map((status) => Type.Literal(status)));

/** Any step of the closed loop: accepted, handling, transferred, resolved, evaluated, reopened, closed. */
export const AppealTransitionData = Type.Object(
  {
    appealId: Uuid,
    fromStatus: AppealStatus,
    toStatus: AppealStatus,
    /** Who took the step, e.g. `DEPARTMENT_STAFF:城管局 办件员` or `system`. */
    actor: Type.String(),
    at: DateTime,
    note: Type.Union([Type.String(), Type.Null()]),
    dueAt: DateTime,
  },
  { $id: 'AppealTransition', additionalProperties: true },
);
export type AppealTransitionData = Static<typeof AppealTransitionData>;

/** `cn.erqi.appeal.overdue`: a deadline passed without the step it waited for (督办). Emitted once per deadline. */
export const AppealOverdueData = Type.Object(
  {
    appealId: Uuid,
    deadline: Type.Union([
      Type.Literal('ACKNOWLEDGEMENT'),
      Type.Literal('HANDLING'),
      Type.Literal('EVALUATION'),
    ]),
    deadlineAt: DateTime,
    detectedAt: DateTime,
    /** For an acknowledgement deadline: the department that did not report in. */
    departmentCode: Type.Union([Code, Type.Null()]),
  },
  { $id: 'AppealOverdue', additionalProperties: true },
);
export type AppealOverdueData = Static<typeof AppealOverdueData>;

/** `cn.erqi.supervision.finding-changed`: a finding of the undercover-supervision ledger (暗访督导台账) moved. */
export const SupervisionFindingData = Type.Object(
  {
    findingId: Uuid,
    departmentCode: Code,
    status: Type.Union(
      ['OPEN', 'RECTIFYING', 'RECTIFIED', 'VERIFIED'].map((status) => Type.Literal(status)),
    ),
    rectifyBy: DateTime,
    at: DateTime,
    overdue: Type.Boolean(),
  },
  { $id: 'SupervisionFinding', additionalProperties: true },
);
export type SupervisionFindingData = Static<typeof SupervisionFindingData>;

/** `cn.erqi.advice.note-overdue`: a 顾问团 advice note went unanswered past its due date (escalated once). */
export const AdviceNoteOverdueData = Type.Object(
  {
    adviceNoteId: Uuid,
    departmentCode: Code,
    title: Type.String({ minLength: 1 }),
    respondBy: DateTime,
    detectedAt: DateTime,
  },
  { $id: 'AdviceNoteOverdue', additionalProperties: true },
);
export type AdviceNoteOverdueData = Static<typeof AdviceNoteOverdueData>;

/** `cn.erqi.enterprise.service-application-overdue`: a 易企办 application passed its promised time limit undecided (零超时 broken). */
export const ServiceApplicationOverdueData = Type.Object(
  {
    applicationId: Uuid,
    matterCode: Type.String({ minLength: 1 }),
    matterName: Type.String({ minLength: 1 }),
    departmentCode: Code,
    enterpriseId: Uuid,
    dueAt: DateTime,
    detectedAt: DateTime,
  },
  { $id: 'ServiceApplicationOverdue', additionalProperties: true },
);
export type ServiceApplicationOverdueData = Static<typeof ServiceApplicationOverdueData>;

/** `cn.erqi.grid.department-changed`: a department (职能部门) as it is now; the latest per id is the registry. */
export const DepartmentChangedData = Type.Object(
  { departmentId: Uuid, code: Code, name: Type.String({ minLength: 1 }), changedAt: DateTime },
  { $id: 'DepartmentChanged', additionalProperties: true },
);
export type DepartmentChangedData = Static<typeof DepartmentChangedData>;

const GridCellKind = Type.Union([Type.Literal('COMMUNITY'), Type.Literal('ENTERPRISE_EXCLUSIVE')], {
  description: 'COMMUNITY 社区网格, ENTERPRISE_EXCLUSIVE 企业专属网格',
});

/** `cn.erqi.grid.grid-cell-changed`: a grid cell (网格) as it is now. */
export const GridCellChangedData = Type.Object(
  {
    gridCellId: Uuid,
    code: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
    kind: GridCellKind,
    changedAt: DateTime,
  },
  { $id: 'GridCellChanged', additionalProperties: true },
);
export type GridCellChangedData = Static<typeof GridCellChangedData>;

/**
 * `cn.erqi.grid.community-suggestion-raised`: a resident's suggestion written on the 意见表 of a
 * community visit; the appeal service files it as an appeal with `appealId` (chosen here, so a
 * redelivery files nothing twice and the community knows the appeal's id at once).
 */
export const CommunitySuggestionRaisedData = Type.Object(
  {
    suggestionId: Uuid,
    appealId: Uuid,
    communityCode: Type.String({ minLength: 1 }),
    /** The resident, by id only: personal data stays in the community's records. */
    residentId: Uuid,
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    /** BIRTHDAY_VISIT for now: the visit on which it was written. */
    visitKind: Type.String({ minLength: 1 }),
    raisedAt: DateTime,
  },
  { $id: 'CommunitySuggestionRaised', additionalProperties: true },
);
export type CommunitySuggestionRaisedData = Static<typeof CommunitySuggestionRaisedData>;

/** `cn.erqi.enterprise.registry-changed`: an enterprise and the grid cell that looks after it, as they are now. */
export const EnterpriseRegistryChangedData = Type.Object(
  {
    enterpriseId: Uuid,
    name: Type.String({ minLength: 1 }),
    creditCode: Type.String({ minLength: 18, maxLength: 18 }),
    gridCellId: Uuid,
    changedAt: DateTime,
    /** 领导联系企业: every leader (token subject) liaising with it now; absent from older writers. */
    leaderSubjects: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }))),
  },
  { $id: 'EnterpriseRegistryChanged', additionalProperties: true },
);
export type EnterpriseRegistryChangedData = Static<typeof EnterpriseRegistryChangedData>;

/** `cn.erqi.volunteer.team-coverage-changed`: a volunteer team and every grid cell it covers now (the whole list). */
export const TeamCoverageChangedData = Type.Object(
  {
    teamId: Uuid,
    teamCode: Code,
    name: Type.String({ minLength: 1 }),
    gridCellIds: Type.Array(Uuid),
    changedAt: DateTime,
  },
  { $id: 'TeamCoverageChanged', additionalProperties: true },
);
export type TeamCoverageChangedData = Static<typeof TeamCoverageChangedData>;

/** `cn.erqi.department.reported-in`: a department's own system reports in (报到) on an appeal dispatched to it. */
export const DepartmentReportedInData = Type.Object(
  {
    appealId: Uuid,
    departmentCode: Code,
    reportedAt: DateTime,
    note: Type.Optional(
      Type.String({ description: 'Free text for the timeline, e.g. who took the case' }),
    ),
  },
  { $id: 'DepartmentReportedIn', additionalProperties: true },
);
export type DepartmentReportedInData = Static<typeof DepartmentReportedInData>;

const VolunteerTaskStatus = Type.Union([
  Type.Literal('OPEN'),
  Type.Literal('ACCEPTED'),
  Type.Literal('IN_PROGRESS'),
  Type.Literal('DONE'),
]);

/** `cn.erqi.volunteer.task-status-changed`: a volunteer task moved (OPEN → ACCEPTED → IN_PROGRESS → DONE). */
export const VolunteerTaskStatusChangedData = Type.Object(
  {
    taskId: Uuid,
    appealId: Uuid,
    teamId: Uuid,
    teamCode: Code,
    fromStatus: VolunteerTaskStatus,
    toStatus: VolunteerTaskStatus,
    changedAt: DateTime,
    volunteer: Type.Optional(
      Type.Object(
        { id: Uuid, name: Type.String({ minLength: 1 }) },
        {
          description:
            'The member who accepted the task (认领), once one has; the name only, never a phone',
        },
      ),
    ),
    note: Type.Optional(
      Type.String({
        description: 'DONE: the completion note the volunteer wrote, for the timeline',
      }),
    ),
  },
  { $id: 'VolunteerTaskStatusChanged', additionalProperties: true },
);
export type VolunteerTaskStatusChangedData = Static<typeof VolunteerTaskStatusChangedData>;

/** `cn.erqi.volunteer.task-escalated`: nobody accepted an OPEN task in time; it went to the team's lead (上报队长), once. */
export const VolunteerTaskEscalatedData = Type.Object(
  {
    taskId: Uuid,
    appealId: Uuid,
    teamId: Uuid,
    teamCode: Code,
    createdAt: DateTime,
    escalatedAt: DateTime,
    acceptMinutes: Type.Number({
      exclusiveMinimum: 0,
      description: 'The time a member had to accept it (VOLUNTEER_TASK_ACCEPT_MINUTES)',
    }),
  },
  { $id: 'VolunteerTaskEscalated', additionalProperties: true },
);
export type VolunteerTaskEscalatedData = Static<typeof VolunteerTaskEscalatedData>;

/**
 * `cn.erqi.enterprise.policy-published` (二七帮): a department published a subsidy policy; one record per
 * grid cell with enterprises that qualify, keyed by the cell, naming them, so the cell's grid workers
 * are told (the grid service keeps them as the cell's policy notices).
 */
export const PolicyPublishedData = Type.Object(
  {
    policyId: Uuid,
    title: Type.String({ minLength: 1 }),
    departmentCode: Code,
    amountCap: Type.Integer({
      minimum: 0,
      description: 'The most one enterprise may receive, in yuan',
    }),
    opensOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    closesOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    publishedAt: DateTime,
    gridCellId: Uuid,
    enterprises: Type.Array(
      Type.Object({ enterpriseId: Uuid, name: Type.String({ minLength: 1 }) }),
      { minItems: 1, description: 'The enterprises of this cell that qualify now' },
    ),
  },
  { $id: 'PolicyPublished', additionalProperties: true },
);
export type PolicyPublishedData = Static<typeof PolicyPublishedData>;

/** `cn.erqi.enterprise.visit-need-raised`: a need heard on a 万人助万企 visit is to become an appeal (channel ENTERPRISE_VISIT). */
export const VisitNeedRaisedData = Type.Object(
  {
    /** Fixed by the need when it is raised: the appeal service files the appeal under this id, once. */
    appealId: Uuid,
    needId: Uuid,
    visitId: Uuid,
    enterpriseId: Uuid,
    title: Type.String({ minLength: 1 }),
    description: Type.String(),
    category: Code,
    handlingMode: HandlingMode,
    raisedAt: DateTime,
    raisedBy: Type.Object(
      {
        subject: Type.String({ minLength: 1 }),
        role: Code,
        name: Type.Union([Type.String(), Type.Null()]),
      },
      {
        description: 'Who raised it: the visitor or the grid worker of the cell; files the appeal',
      },
    ),
  },
  { $id: 'VisitNeedRaised', additionalProperties: true },
);
export type VisitNeedRaisedData = Static<typeof VisitNeedRaisedData>;

/** `cn.erqi.enterprise.policy-promise-overdue`: a 双招双引 policy promise passed its due date unfulfilled (escalated once). */
export const PolicyPromiseOverdueData = Type.Object(
  {
    promiseId: Uuid,
    ownerDepartmentCode: Code,
    recipientKind: Type.Union([Type.Literal('PROJECT'), Type.Literal('TALENT')]),
    recipientName: Type.String({ minLength: 1 }),
    text: Type.String({ minLength: 1 }),
    dueOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    detectedAt: DateTime,
  },
  { $id: 'PolicyPromiseOverdue', additionalProperties: true },
);
export type PolicyPromiseOverdueData = Static<typeof PolicyPromiseOverdueData>;

export interface EventDefinition<TSchema extends TObject = TObject> {
  type: string;
  summary: string;
  /** The service that emits it (`ce_source`). */
  source: string;
  /** The topics (names or families of the topic catalogue) it is published to. */
  channels: string[];
  schema: TSchema;
}

/** The event catalogue: every event type the platform publishes. AsyncAPI is generated from it. */
export const eventCatalogue = {
  appealSubmitted: {
    type: 'cn.erqi.appeal.submitted',
    summary: 'An appeal entered central intake (集中受理)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealSubmittedData,
  },
  appealDispatched: {
    type: 'cn.erqi.appeal.dispatched',
    summary: 'An appeal was dispatched to a department or a volunteer team that must act on it',
    source: '/erqi/appeal',
    channels: [
      'appeal.lifecycle',
      'dispatch.department.{departmentCode}',
      'dispatch.volunteer-team.{teamCode}',
    ],
    schema: AppealDispatchedData,
  },
  appealAcknowledged: {
    type: 'cn.erqi.appeal.acknowledged',
    summary: 'A dispatched department reported in (报到)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealAcknowledgedData,
  },
  appealAccepted: {
    type: 'cn.erqi.appeal.accepted',
    summary: 'An appeal was accepted (受理)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealHandlingStarted: {
    type: 'cn.erqi.appeal.handling-started',
    summary: 'The lead department handles the appeal directly (直办)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealTransferred: {
    type: 'cn.erqi.appeal.transferred',
    summary: 'The appeal was transferred to other departments (转办); new dispatches follow',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealResolved: {
    type: 'cn.erqi.appeal.resolved',
    summary: 'The appeal was resolved with feedback (结案反馈)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealEvaluated: {
    type: 'cn.erqi.appeal.evaluated',
    summary: 'The enterprise or its grid worker rated the result (评价回访)',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealReopened: {
    type: 'cn.erqi.appeal.reopened',
    summary: 'The appeal was reopened for rectification (整改提升) with a new deadline',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealClosed: {
    type: 'cn.erqi.appeal.closed',
    summary: 'The appeal was closed',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle'],
    schema: AppealTransitionData,
  },
  appealOverdue: {
    type: 'cn.erqi.appeal.overdue',
    summary:
      'A deadline of an appeal passed (督办); also sent to the supervisors on supervision.escalations',
    source: '/erqi/appeal',
    channels: ['appeal.lifecycle', 'supervision.escalations'],
    schema: AppealOverdueData,
  },
  supervisionFindingChanged: {
    type: 'cn.erqi.supervision.finding-changed',
    summary:
      'A finding of the undercover-supervision ledger (暗访督导台账) was recorded, moved or became overdue',
    source: '/erqi/appeal',
    channels: ['supervision.escalations'],
    schema: SupervisionFindingData,
  },
  adviceNoteOverdue: {
    type: 'cn.erqi.advice.note-overdue',
    summary:
      'A 顾问团 advice note had no written response from its department by the due date; sent once, to the supervisors',
    source: '/erqi/appeal',
    channels: ['supervision.escalations'],
    schema: AdviceNoteOverdueData,
  },
  serviceApplicationOverdue: {
    type: 'cn.erqi.enterprise.service-application-overdue',
    summary:
      'An 易企办 application (办件) was not decided within its promised working days; sent once, to the supervisors (零超时)',
    source: '/erqi/enterprise',
    channels: ['enterprise.service-escalations'],
    schema: ServiceApplicationOverdueData,
  },
  volunteerTaskCreated: {
    type: 'cn.erqi.volunteer.task-created',
    summary: 'A volunteer team took on a task spread to it from an appeal',
    source: '/erqi/volunteer',
    channels: ['volunteer.lifecycle'],
    schema: VolunteerTaskCreatedData,
  },
  volunteerTaskStatusChanged: {
    type: 'cn.erqi.volunteer.task-status-changed',
    summary:
      'A volunteer task moved: accepted by a member (ACCEPTED, with the member), started (IN_PROGRESS) or done (DONE, with the note); appeal puts it on the timeline',
    source: '/erqi/volunteer',
    channels: ['volunteer.lifecycle'],
    schema: VolunteerTaskStatusChangedData,
  },
  volunteerTaskEscalated: {
    type: 'cn.erqi.volunteer.task-escalated',
    summary:
      "Nobody accepted a volunteer task in time: it went to the team's lead (上报队长), once; appeal puts it on the timeline",
    source: '/erqi/volunteer',
    channels: ['volunteer.lifecycle'],
    schema: VolunteerTaskEscalatedData,
  },
  departmentReportedIn: {
    type: 'cn.erqi.department.reported-in',
    summary:
      "A department's system reports in (报到) on an appeal dispatched to it, as the acknowledgeDispatch mutation does",
    source: '/departments/{departmentCode}',
    channels: ['acknowledgement.department.{departmentCode}'],
    schema: DepartmentReportedInData,
  },
  departmentChanged: {
    type: 'cn.erqi.grid.department-changed',
    summary:
      'A department (职能部门) was registered or changed; the latest record per department is the registry',
    source: '/erqi/grid',
    channels: ['grid.departments'],
    schema: DepartmentChangedData,
  },
  gridCellChanged: {
    type: 'cn.erqi.grid.grid-cell-changed',
    summary: 'A grid cell (网格) was drawn or changed; the latest record per cell is the registry',
    source: '/erqi/grid',
    channels: ['grid.grid-cells'],
    schema: GridCellChangedData,
  },
  communitySuggestionRaised: {
    type: 'cn.erqi.grid.community-suggestion-raised',
    summary:
      "A resident's suggestion from a community visit (意见表); appeal files it as an appeal (channel COMMUNITY_VISIT) with the id it carries",
    source: '/erqi/grid',
    channels: ['grid.community-suggestions'],
    schema: CommunitySuggestionRaisedData,
  },
  enterpriseRegistryChanged: {
    type: 'cn.erqi.enterprise.registry-changed',
    summary:
      'An enterprise was registered or moved to another grid cell; the latest record per enterprise is the registry',
    source: '/erqi/enterprise',
    channels: ['enterprise.registry'],
    schema: EnterpriseRegistryChangedData,
  },
  teamCoverageChanged: {
    type: 'cn.erqi.volunteer.team-coverage-changed',
    summary:
      'A volunteer team was formed or changed the grid cells it covers; the latest record per team is the registry',
    source: '/erqi/volunteer',
    channels: ['volunteer.team-coverage'],
    schema: TeamCoverageChangedData,
  },
  policyPublished: {
    type: 'cn.erqi.enterprise.policy-published',
    summary:
      "A department published a subsidy policy (二七帮): one record per grid cell with enterprises that qualify, for the cell's grid workers",
    source: '/erqi/enterprise',
    channels: ['enterprise.policy-notices'],
    schema: PolicyPublishedData,
  },
  visitNeedRaised: {
    type: 'cn.erqi.enterprise.visit-need-raised',
    summary:
      'A need heard on a 万人助万企 visit is raised as an appeal; the appeal service files it (channel ENTERPRISE_VISIT) under the appeal id the need fixed, once',
    source: '/erqi/enterprise',
    channels: ['enterprise.visit-needs'],
    schema: VisitNeedRaisedData,
  },
  policyPromiseOverdue: {
    type: 'cn.erqi.enterprise.policy-promise-overdue',
    summary:
      'A 双招双引 policy promise passed its due date unfulfilled: escalated to supervisors, once',
    source: '/erqi/enterprise',
    channels: ['enterprise.promise-escalations'],
    schema: PolicyPromiseOverdueData,
  },
} as const satisfies Record<string, EventDefinition>;

export type EventName = keyof typeof eventCatalogue;
export type EventData<TName extends EventName> = Static<(typeof eventCatalogue)[TName]['schema']>;

const checkers = new Map(
  Object.values(eventCatalogue).map((definition) => [
    definition.type,
    TypeCompiler.Compile(definition.schema),
  ]),
);

/**
 * Checks that an event is of a type in the catalogue and that its data matches the schema, so a
 * consumer never acts on a message it does not understand (it goes to the dead-letter topic instead).
 */
export function assertKnownEvent<TName extends EventName>(
  event: CloudEvent,
  name: TName,
): CloudEvent<EventData<TName>> {
  const definition = eventCatalogue[name];
  if (event.type !== definition.type)
    throw new MalformedEvent(`expected ${definition.type}, got ${event.type || 'no type'}`);
  const checker = checkers.get(definition.type);
  const firstError = checker?.Errors(event.data).First();
  if (firstError)
    throw new MalformedEvent(
      `data does not match ${definition.type}: ${firstError.path || '/'} ${firstError.message}`,
    );
  return event as CloudEvent<EventData<TName>>;
}
