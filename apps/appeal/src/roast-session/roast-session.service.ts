import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { channelOfEntry } from '@erqi/appeal/util-contract';
import type { Appeal } from '../appeal/appeal.entity';
import type { AppealService } from '../intake/appeal.service';
import type { RosterService } from '../roster/roster.service';
import { RoastComplaint } from './roast-complaint.entity';
import type { RoastComplaintProgress, RoastSessionReport } from './roast-report.types';
import type {
  CreateRoastSessionInput,
  RecordRoastComplaintInput,
  RoastSessionsArgs,
} from './roast-session.input';
import { RoastSession } from './roast-session.entity';

/** Who organises sessions and records their complaints: the office. */
const ORGANISERS: readonly Role[] = [Role.ADMIN];
/** Who reads sessions and their reports (the complaints were raised in the open). */
const READERS: readonly Role[] = [
  Role.ADMIN,
  Role.SUPERVISOR,
  Role.LEADER,
  Role.EXPERIENCE_OFFICER,
];

/**
 * Need-to-know: an experience officer reads the sessions it attended (as the roster member its token
 * subject is), in SQL so that pages and counts are right.
 */
function attendedBy(
  query: SelectQueryBuilder<RoastSession>,
  subject: string,
): SelectQueryBuilder<RoastSession> {
  return query.andWhere(
    `EXISTS (SELECT 1 FROM roster_experience_officer attendee
              WHERE attendee.user_subject = :attendeeSubject
                AND attendee.id = ANY(session.attending_officer_ids))`,
    { attendeeSubject: subject },
  );
}

/** 吐槽大会: sessions, their complaints filed as appeals, and the report of what became of them. */
export class RoastSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealService,
    private readonly rosters: RosterService,
    private readonly clock: Clock,
  ) {}

  async get(caller: Caller, id: string): Promise<RoastSession> {
    const reader = requireRole(caller, READERS, 'read 吐槽大会 sessions');
    const session = await this.find(id, 'id');
    if (reader.role === Role.EXPERIENCE_OFFICER) {
      const query = this.dataSource
        .getRepository(RoastSession)
        .createQueryBuilder('session')
        .where('session.id = :id', { id: session.id });
      if ((await attendedBy(query, reader.subject).getCount()) === 0)
        throw new Forbidden('An experience officer reads only the sessions it attended');
    }
    return session;
  }

  list(caller: Caller, args: RoastSessionsArgs): Promise<Page<RoastSession>> {
    const reader = requireRole(caller, READERS, 'read 吐槽大会 sessions');
    const query = this.dataSource.getRepository(RoastSession).createQueryBuilder('session');
    if (reader.role === Role.EXPERIENCE_OFFICER) attendedBy(query, reader.subject);
    return keysetPage(query, args, { sortColumn: 'heldOn', direction: 'DESC' });
  }

  /** ADMIN: a session with its attending officers, every one of them on the roster. */
  async create(caller: Caller, input: CreateRoastSessionInput): Promise<RoastSession> {
    const organiser = requireRole(caller, ORGANISERS, 'set up a 吐槽大会');
    if (Number.isNaN(Date.parse(input.heldOn)))
      throw new BadUserInput('heldOn', 'heldOn is not a day of the calendar');
    const ids = [...new Set(input.attendingOfficerIds)];
    const known = ids.every(isUuid) ? await this.rosters.officersByIds(ids) : [];
    if (known.length !== ids.length)
      throw new BadUserInput(
        'attendingOfficerIds',
        'Every attending officer must be on the experience officers’ roster (query experienceOfficers)',
      );
    const session = this.dataSource.getRepository(RoastSession).create({
      id: randomUUID(),
      heldOn: input.heldOn,
      place: input.place.trim(),
      topic: input.topic?.trim() || null,
      attendingOfficerIds: ids,
      createdBy: actorOf(organiser),
      createdAt: this.clock(),
    });
    await this.dataSource.getRepository(RoastSession).insert(session);
    return session;
  }

  /**
   * ADMIN: a complaint raised at the session becomes an appeal (channel EXPERIENCE_OFFICER) through
   * the same submission as submitAppeal — dispatch, deadline and events alike — and the complaint row
   * is written in that transaction, so a refused complaint leaves nothing.
   */
  async recordComplaint(
    caller: Caller,
    sessionId: string,
    input: RecordRoastComplaintInput,
  ): Promise<Appeal> {
    const organiser = requireRole(caller, ORGANISERS, 'record a 吐槽大会 complaint');
    const session = await this.find(sessionId, 'sessionId');
    if (!isUuid(input.officerId) || !session.attendingOfficerIds.includes(input.officerId))
      throw new BadUserInput(
        'officerId',
        'The officer who raised it must be attending this session',
      );
    const [officer] = await this.rosters.officersByIds([input.officerId]);
    const enterpriseId = input.enterpriseId ?? officer?.enterpriseId ?? null;
    if (!officer || enterpriseId === null)
      throw new BadUserInput(
        'enterpriseId',
        'This officer’s company is not in the enterprise registry; name the enterprise concerned',
      );
    return this.appeals.submit(
      caller,
      {
        enterpriseId,
        title: input.title,
        description: input.description,
        category: input.category,
        // The channel table: a complaint at a 吐槽大会 is an EXPERIENCE_OFFICER appeal.
        channel: channelOfEntry({ kind: 'ROAST_COMPLAINT' }),
        handlingMode: input.handlingMode,
      },
      {
        alongside: (manager, appeal) =>
          manager
            .insert(RoastComplaint, {
              id: randomUUID(),
              sessionId: session.id,
              appealId: appeal.id,
              officerId: officer.id,
              recordedBy: actorOf(organiser),
              recordedAt: appeal.submittedAt,
            })
            .then(() => undefined),
      },
    );
  }

  /** The reports of these sessions, in one query (a list of sessions asks for them together). */
  async reports(sessionIds: readonly string[]): Promise<RoastSessionReport[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id AS "complaintId", c.session_id AS "sessionId", c.appeal_id AS "appealId",
              c.officer_id AS "officerId", o.name AS "officerName", a.title, a.status,
              c.recorded_at AS "recordedAt", a.closed_at AS "closedAt"
         FROM roast_complaint c
         JOIN appeal a ON a.id = c.appeal_id
         JOIN roster_experience_officer o ON o.id = c.officer_id
        WHERE c.session_id = ANY($1::uuid[])
        ORDER BY c.recorded_at, c.id`,
      [sessionIds],
    )) as Array<RoastComplaintProgress & { sessionId: string }>;
    return sessionIds.map((sessionId) => {
      const complaints = rows
        .filter((row) => row.sessionId === sessionId)
        .map(({ sessionId: _session, ...complaint }) => complaint);
      return {
        complaintCount: complaints.length,
        closedCount: complaints.filter((complaint) => complaint.status === 'CLOSED').length,
        complaints,
      };
    });
  }

  private async find(id: string, field: string): Promise<RoastSession> {
    const session = isUuid(id)
      ? await this.dataSource.getRepository(RoastSession).findOneBy({ id })
      : null;
    if (!session) {
      if (field === 'id') throw new NotFound('RoastSession', id);
      throw new BadUserInput(
        field,
        'There is no 吐槽大会 session with this id (query roastSessions)',
      );
    }
    return session;
  }
}
