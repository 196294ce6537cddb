import { Connection } from '@erqi/shared/data-access-pagination';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import { ExperienceOfficer } from '../roster/experience-officer.entity';
import { RoastSessionReport } from './roast-report.types';
import {
  CreateRoastSessionInput,
  RecordRoastComplaintInput,
  RoastSessionsArgs,
} from './roast-session.input';
import { RoastSession } from './roast-session.entity';

@ObjectType()
export class RoastSessionConnection extends Connection(RoastSession) {}

/** One request's batch loaders for sessions' children, so a list asks the database once per field. */
const requestLoaders = new WeakMap<
  AppealContext,
  {
    reports: DataLoader<string, RoastSessionReport>;
    officers: DataLoader<string, ExperienceOfficer | null>;
  }
>();
function loadersOf(context: AppealContext) {
  let found = requestLoaders.get(context);
  if (!found) {
    found = {
      reports: new DataLoader((ids: readonly string[]) => context.roastSessions.reports(ids)),
      officers: new DataLoader(async (ids: readonly string[]) => {
        const officers = await context.rosters.officersByIds(ids);
        return ids.map((id) => officers.find((officer) => officer.id === id) ?? null);
      }),
    };
    requestLoaders.set(context, found);
  }
  return found;
}

@Resolver(() => RoastSession)
export class RoastSessionResolver {
  @Query(() => RoastSession, { description: 'One 吐槽大会 session' })
  roastSession(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<RoastSession> {
    return context.roastSessions.get(context.caller, id);
  }

  @Query(() => RoastSessionConnection, {
    description:
      '吐槽大会 sessions, latest first: ADMIN, SUPERVISOR, LEADER all; an EXPERIENCE_OFFICER those it attended',
  })
  roastSessions(
    @Args(() => RoastSessionsArgs) args: RoastSessionsArgs,
    @Ctx() context: AppealContext,
  ): Promise<RoastSessionConnection> {
    return context.roastSessions.list(context.caller, args);
  }

  @Mutation(() => RoastSession, { description: 'ADMIN: sets up a 吐槽大会 session' })
  createRoastSession(
    @Arg('input', () => CreateRoastSessionInput) input: CreateRoastSessionInput,
    @Ctx() context: AppealContext,
  ): Promise<RoastSession> {
    return context.roastSessions.create(context.caller, input);
  }

  @Mutation(() => Appeal, {
    description:
      'ADMIN: a complaint raised at the session, filed in the same step as an appeal (channel EXPERIENCE_OFFICER); returns that appeal',
  })
  recordRoastComplaint(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => RecordRoastComplaintInput) input: RecordRoastComplaintInput,
    @Ctx() context: AppealContext,
  ): Promise<Appeal> {
    return context.roastSessions.recordComplaint(context.caller, sessionId, input);
  }

  @FieldResolver(() => [ExperienceOfficer])
  async attendingOfficers(
    @Root() session: RoastSession,
    @Ctx() context: AppealContext,
  ): Promise<ExperienceOfficer[]> {
    const officers = await loadersOf(context).officers.loadMany(session.attendingOfficerIds);
    return officers.filter(
      (officer): officer is ExperienceOfficer => officer instanceof ExperienceOfficer,
    );
  }

  @FieldResolver(() => RoastSessionReport, {
    description: 'Every complaint raised and how far its appeal has come, up to closure',
  })
  report(
    @Root() session: RoastSession,
    @Ctx() context: AppealContext,
  ): Promise<RoastSessionReport> {
    return loadersOf(context).reports.load(session.id);
  }
}
