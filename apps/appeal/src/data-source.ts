import { AddCommunitySuggestions1796950100000 } from './migrations/1796950100000-AddCommunitySuggestions';
import { AddAppealResident1796970000000 } from './migrations/1796970000000-AddAppealResident';
import { AddOpen3111797020000000 } from './migrations/1797020000000-AddOpen311';
import { AddAppealFigureRollup1797100000000 } from './migrations/1797100000000-AddAppealFigureRollup';
import { MoveOverdueMarkToEscalations1797120000000 } from './migrations/1797120000000-MoveOverdueMarkToEscalations';
import { Open311ApiKey } from './open311/open311-api-key.entity';
import { Open311Location } from './open311/open311-location.entity';
import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { AppliedEvent, OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { AppealCategory } from './appeal-category/appeal-category.entity';
import { Appeal } from './appeal/appeal.entity';
import { TimelineEntry } from './appeal/timeline-entry.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { CalendarYear } from './calendar/calendar-year.entity';
import { ConductRule } from './conduct-rule/conduct-rule.entity';
import { AppealDispatch } from './dispatch/appeal-dispatch.entity';
import { DispatchRule } from './dispatch/dispatch-rule.entity';
import { AppealEscalation } from './escalation/appeal-escalation.entity';
import { CreateAppealTables1764072200000 } from './migrations/1764072200000-CreateAppealTables';
import { CreateDispatchTables1764072300000 } from './migrations/1764072300000-CreateDispatchTables';
import { CreateOutboxTable1764072400000 } from './migrations/1764072400000-CreateOutboxTable';
import { AddWorkflow1764072600000 } from './migrations/1764072600000-AddWorkflow';
import { CreateEscalationTable1764072800000 } from './migrations/1764072800000-CreateEscalationTable';
import { CreateSupervisionLedger1764072810000 } from './migrations/1764072810000-CreateSupervisionLedger';
import { AddAppealFigureIndexes1764072820000 } from './migrations/1764072820000-AddAppealFigureIndexes';
import { CreateLocalCopies1796076000000 } from './migrations/1796076000000-CreateLocalCopies';
import { AddCalendarYears1796077300000 } from './migrations/1796077300000-AddCalendarYears';
import { AddPhotosAndClientRequestIds1796098900000 } from './migrations/1796098900000-AddPhotosAndClientRequestIds';
import { WidenAppealChannels1796800000000 } from './migrations/1796800000000-WidenAppealChannels';
import { AddWhistleIntake1796810000000 } from './migrations/1796810000000-AddWhistleIntake';
import { CreateTeamsTables1796840000000 } from './migrations/1796840000000-CreateTeamsTables';
import { DropLeaderLiaisonCopy1796900000000 } from './migrations/1796900000000-DropLeaderLiaisonCopy';
import { AdviceNote } from './advice/advice-note.entity';
import { RoastComplaint } from './roast-session/roast-complaint.entity';
import { RoastSession } from './roast-session/roast-session.entity';
import { Adviser } from './roster/adviser.entity';
import { ExperienceOfficer } from './roster/experience-officer.entity';
import { Supervisor } from './roster/supervisor.entity';
import { LeadersAsIdentities1796820000000 } from './migrations/1796820000000-LeadersAsIdentities';
import { AddConductRulesAndMisconductCases1796830000000 } from './migrations/1796830000000-AddConductRulesAndMisconductCases';
import { MisconductCaseEntry } from './misconduct/misconduct-case-entry.entity';
import { MisconductCaseRule } from './misconduct/misconduct-case-rule.entity';
import { MisconductCase } from './misconduct/misconduct-case.entity';
import { AppealPhoto } from './photo/appeal-photo.entity';
import { LeaderVisit } from './leader-visit/leader-visit.entity';
import { SupervisionFindingEntry } from './supervision/supervision-finding-entry.entity';
import { SupervisionFinding } from './supervision/supervision-finding.entity';

/** The appeal service's tables live in the `appeal` schema; no other service reads them. */
export const APPEAL_SCHEMA = 'appeal';

export function createAppealDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: APPEAL_SCHEMA,
    target,
    entities: [
      AppealCategory,
      Appeal,
      TimelineEntry,
      DispatchRule,
      AppealDispatch,
      OutboxMessage,
      AppliedEvent,
      CalendarDay,
      CalendarYear,
      // 督办 and the supervision ledger
      AppealEscalation,
      SupervisionFinding,
      SupervisionFindingEntry,
      // 照片
      AppealPhoto,
      // 三支队伍: rosters, 吐槽大会, 顾问团 advice
      Supervisor,
      ExperienceOfficer,
      Adviser,
      RoastSession,
      RoastComplaint,
      AdviceNote,
      // 调研 visits
      LeaderVisit,
      // 十不准 / 十必须 and 问题讲评
      ConductRule,
      MisconductCase,
      MisconductCaseRule,
      MisconductCaseEntry,
      // the Open311 face: API keys, where its requests said the problem is
      Open311ApiKey,
      Open311Location,
    ],
    migrations: [
      CreateAppealTables1764072200000,
      CreateDispatchTables1764072300000,
      CreateOutboxTable1764072400000,
      AddWorkflow1764072600000,
      // 督办, the supervision ledger and the figures' indexes
      CreateEscalationTable1764072800000,
      CreateSupervisionLedger1764072810000,
      AddAppealFigureIndexes1764072820000,
      // local copies of other services' registries, fed by their events
      CreateLocalCopies1796076000000,
      // the years of the working calendar an ADMIN set
      AddCalendarYears1796077300000,
      // 照片, and the offline queue's client request ids
      AddPhotosAndClientRequestIds1796098900000,
      WidenAppealChannels1796800000000,
      // the whistles: leaders' liaisons, what a whistle role filed
      AddWhistleIntake1796810000000,
      // 领导领办 by leader id, liaisons, 调研 visits
      LeadersAsIdentities1796820000000,
      // 十不准 / 十必须 and 问题讲评
      AddConductRulesAndMisconductCases1796830000000,
      // 三支队伍: rosters, 吐槽大会, 顾问团 advice
      CreateTeamsTables1796840000000,
      // one source of leaders' liaisons: the registry copy
      DropLeaderLiaisonCopy1796900000000,
      // 意见表: residents' suggestions from the grid service (COMMUNITY_VISIT)
      AddCommunitySuggestions1796950100000,
      // The resident a suggestion's appeal came from, so it can follow it (RESIDENT)
      AddAppealResident1796970000000,
      // the Open311 face: API keys and request locations
      AddOpen3111797020000000,
      // 零超时 over a million appeals: rollups the database keeps
      AddAppealFigureRollup1797100000000,
      // 督办: the overdue mark lives in the escalation ledger (no UPDATE of the appeal row)
      MoveOverdueMarkToEscalations1797120000000,
    ],
    logger,
  });
}
