import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import {
  actorOf,
  type Caller,
  requireDepartmentStaff,
  requireRole,
  Role,
  type UserCaller,
} from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import type { DepartmentDirectory } from '../dispatch/department-directory';
import type { AdviceNotesArgs, WriteAdviceNoteInput } from './advice.input';
import { AdviceNote } from './advice-note.entity';

/** Who reads every note; an ADVISER reads its own, DEPARTMENT_STAFF their department's. */
const READ_ALL: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.LEADER];
const READERS: readonly Role[] = [...READ_ALL, Role.ADVISER, Role.DEPARTMENT_STAFF];

/** 顾问团 advice: advisers write to departments, departments answer in writing by a date. */
export class AdviceService {
  private readonly notes: Repository<AdviceNote>;

  constructor(
    dataSource: DataSource,
    private readonly departments: DepartmentDirectory,
    private readonly clock: Clock,
  ) {
    this.notes = dataSource.getRepository(AdviceNote);
  }

  async get(caller: Caller, id: string): Promise<AdviceNote> {
    const reader = requireRole(caller, READERS, 'read advice notes');
    const note = isUuid(id) ? await this.notes.findOneBy({ id }) : null;
    if (!note) throw new NotFound('AdviceNote', id);
    if (!mayRead(reader, note))
      throw new Forbidden('This advice note is neither yours nor addressed to your department');
    return note;
  }

  list(caller: Caller, args: AdviceNotesArgs): Promise<Page<AdviceNote>> {
    const reader = requireRole(caller, READERS, 'read advice notes');
    const query = this.notes.createQueryBuilder('note');
    restrictTo(reader, query);
    if (args.departmentCode)
      query.andWhere('note.department_code = :code', { code: args.departmentCode });
    if (args.awaitingResponse === true) query.andWhere('note.response IS NULL');
    if (args.awaitingResponse === false) query.andWhere('note.response IS NOT NULL');
    return keysetPage(query, args, { sortColumn: 'writtenAt', direction: 'DESC' });
  }

  /** ADVISER: a note to a department that must exist, due in the future. */
  async write(caller: Caller, input: WriteAdviceNoteInput): Promise<AdviceNote> {
    const adviser = requireRole(caller, [Role.ADVISER], 'write an advice note');
    const code = input.departmentCode.trim();
    if (code === '' || !(await this.departments.findByCode(code)))
      throw new BadUserInput(
        'departmentCode',
        'An advice note is addressed to a department; this code names none (query departments)',
      );
    const now = this.clock();
    if (input.respondBy.getTime() <= now.getTime())
      throw new BadUserInput('respondBy', 'The response is due after the note is written');
    const note = this.notes.create({
      id: randomUUID(),
      authorSubject: adviser.subject,
      author: actorOf(adviser),
      departmentCode: code,
      title: input.title.trim(),
      content: input.content.trim(),
      writtenAt: now,
      respondBy: input.respondBy,
      response: null,
      respondedBy: null,
      respondedAt: null,
      escalatedAt: null,
    });
    await this.notes.insert(note);
    return note;
  }

  /** DEPARTMENT_STAFF of the department addressed: the written response, once (late is still recorded). */
  async respond(caller: Caller, id: string, response: string): Promise<AdviceNote> {
    const staff = requireDepartmentStaff(caller, 'respond to an advice note');
    const note = isUuid(id) ? await this.notes.findOneBy({ id }) : null;
    if (!note) throw new NotFound('AdviceNote', id);
    if (note.departmentCode !== staff.departmentCode)
      throw new Forbidden(`This note is addressed to ${note.departmentCode}, not your department`);
    const now = this.clock();
    // Only where none was given yet: two answers racing, the second is refused.
    const result = await this.notes
      .createQueryBuilder()
      .update(AdviceNote)
      .set({ response: response.trim(), respondedBy: actorOf(staff), respondedAt: now })
      .where('id = :id AND response IS NULL', { id })
      .execute();
    if (result.affected !== 1) throw new Conflict('This advice note has already been answered');
    return { ...note, response: response.trim(), respondedBy: actorOf(staff), respondedAt: now };
  }
}

function mayRead(reader: UserCaller, note: AdviceNote): boolean {
  if (READ_ALL.includes(reader.role)) return true;
  if (reader.role === Role.ADVISER) return note.authorSubject === reader.subject;
  return reader.departmentCode !== undefined && reader.departmentCode === note.departmentCode;
}

function restrictTo(reader: UserCaller, query: SelectQueryBuilder<AdviceNote>): void {
  if (READ_ALL.includes(reader.role)) return;
  if (reader.role === Role.ADVISER)
    query.andWhere('note.author_subject = :subject', { subject: reader.subject });
  else query.andWhere('note.department_code = :own', { own: reader.departmentCode ?? '' });
}
