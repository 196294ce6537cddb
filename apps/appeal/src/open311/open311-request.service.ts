import { channelOfEntry } from '@erqi/appeal/util-contract';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { appealScopeFilter } from '../appeal/appeal-access';
import { Appeal } from '../appeal/appeal.entity';
import { type AppealStatus, HandlingMode } from '../appeal/appeal.enums';
import type { AppealService } from '../intake/appeal.service';
import type { Open311KeyService } from './open311-key.service';
import { Open311Location } from './open311-location.entity';
import type { Open311RequestsArgs, SubmitOpen311RequestInput } from './open311.input';
import type { Open311Request } from './open311-request.type';

/** How much of the description becomes the title: a list row's worth. */
const TITLE_LENGTH = 60;

/** The title an Open311 request gets: its description's first line, cut to a list row. */
export function titleOf(description: string): string {
  const line = description.trim().split(/\r?\n/)[0]?.trim() ?? '';
  const chars = [...line];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : line;
}

interface RequestRow {
  id: string;
  category_code: string;
  status: AppealStatus;
  submitted_at: Date;
  updated_at: Date | null;
  due_at: Date;
  grid_cell_id: string;
  lead_department_id: string | null;
  readable: boolean;
  description: string;
  enterprise_id: string;
  lat: number | null;
  lng: number | null;
  address_string: string | null;
  media_url: string | null;
}

function requestOf(row: RequestRow): Open311Request {
  const readable = row.readable === true;
  return {
    id: row.id,
    serviceCode: row.category_code,
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at ?? row.submitted_at,
    dueAt: row.due_at,
    gridCell: { id: row.grid_cell_id },
    leadDepartment: row.lead_department_id ? { id: row.lead_department_id } : null,
    readable,
    description: readable ? row.description : null,
    enterprise: readable ? { id: row.enterprise_id } : null,
    lat: readable ? row.lat : null,
    lng: readable ? row.lng : null,
    addressString: readable ? row.address_string : null,
    mediaUrl: readable ? row.media_url : null,
  };
}

/**
 * The Open311 face's requests: filed as an API key's identity through the same rules as
 * `submitAppeal` (channel OPEN311 from the channel table), and read as anyone may read them — the
 * public part to everyone, the personal part only where the appeal's own read rule lets the caller.
 */
export class Open311RequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appeals: AppealService,
    private readonly keys: Open311KeyService,
  ) {}

  async submit(input: SubmitOpen311RequestInput): Promise<Open311Request> {
    const { apiKey, user } = await this.keys.identityOf(input.apiKey);
    const enterpriseId = input.enterpriseId ?? user.enterpriseId;
    if (!enterpriseId)
      throw new BadUserInput(
        'enterpriseId',
        'Name the enterprise (attribute[enterprise_id]); this key acts for none of its own',
      );
    if (input.description.trim() === '')
      throw new BadUserInput('description', 'Say what the problem is');
    const hasPoint = input.lat != null && input.lng != null;
    if (!hasPoint && !input.addressString?.trim())
      throw new BadUserInput('lat', 'Give a location: lat and long, or address_string');
    const appeal = await this.appeals.submit(
      user,
      {
        enterpriseId,
        title: titleOf(input.description),
        description: input.description,
        category: input.serviceCode,
        handlingMode: input.handlingMode ?? HandlingMode.JOINT,
      },
      {
        channel: channelOfEntry({ kind: 'OPEN311' }),
        alongside: async (manager, filed) => {
          await manager.insert(Open311Location, {
            appealId: filed.id,
            apiKeyId: apiKey.id,
            lat: hasPoint ? (input.lat ?? null) : null,
            lng: hasPoint ? (input.lng ?? null) : null,
            locatedGridCellId: input.locatedGridCellId ?? null,
            addressString: input.addressString?.trim() || null,
            mediaUrl: input.mediaUrl ?? null,
          });
        },
      },
    );
    const [filed] = await this.rows(user)
      .andWhere('appeal.id = :id', { id: appeal.id })
      .getRawMany<RequestRow>();
    if (!filed) throw new NotFound('Appeal', appeal.id);
    return requestOf(filed);
  }

  async list(caller: Caller, args: Open311RequestsArgs): Promise<Open311Request[]> {
    const query = this.rows(caller);
    if (args.ids) {
      const ids = args.ids.filter(isUuid);
      if (ids.length === 0) return [];
      query.andWhere('appeal.id IN (:...ids)', { ids });
    }
    if (args.serviceCodes?.length)
      query.andWhere('appeal.category_code IN (:...codes)', { codes: args.serviceCodes });
    if (args.statuses?.length)
      query.andWhere('appeal.status IN (:...statuses)', { statuses: args.statuses });
    if (args.from) query.andWhere('appeal.submitted_at >= :from', { from: args.from });
    if (args.to) query.andWhere('appeal.submitted_at < :to', { to: args.to });
    const rows = await query
      .orderBy('appeal.submitted_at', 'DESC')
      .addOrderBy('appeal.id', 'DESC')
      .limit(args.first)
      .getRawMany<RequestRow>();
    return rows.map(requestOf);
  }

  async get(caller: Caller, id: string): Promise<Open311Request> {
    const [row] = isUuid(id)
      ? await this.rows(caller).andWhere('appeal.id = :id', { id }).getRawMany<RequestRow>()
      : [];
    if (!row) throw new NotFound('Appeal', id);
    return requestOf(row);
  }

  /** Every appeal with its public columns, and the personal ones beside whether the caller may read them. */
  private rows(caller: Caller): SelectQueryBuilder<Appeal> {
    // An anonymous caller or a service alone reads no appeal itself: the public part only.
    const scope =
      caller.kind === 'user'
        ? appealScopeFilter(caller, 'appeal')
        : { sql: 'FALSE', parameters: {} };
    return this.dataSource
      .getRepository(Appeal)
      .createQueryBuilder('appeal')
      .leftJoin(Open311Location, 'location', 'location.appeal_id = appeal.id')
      .select([
        'appeal.id AS id',
        'appeal.category_code AS category_code',
        'appeal.status AS status',
        'appeal.submitted_at AS submitted_at',
        'appeal.due_at AS due_at',
        'appeal.grid_cell_id AS grid_cell_id',
        'appeal.lead_department_id AS lead_department_id',
        'appeal.description AS description',
        'appeal.enterprise_id AS enterprise_id',
        'location.lat AS lat',
        'location.lng AS lng',
        'location.address_string AS address_string',
        'location.media_url AS media_url',
      ])
      .addSelect(
        '(SELECT max(entry.at) FROM timeline_entry entry WHERE entry.appeal_id = appeal.id)',
        'updated_at',
      )
      .addSelect(`(${scope.sql})`, 'readable')
      .setParameters(scope.parameters)
      .where('TRUE');
  }
}
