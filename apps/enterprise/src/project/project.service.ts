import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import {
  actorOf,
  type Caller,
  maskPhone,
  requireRole,
  requireUser,
  Role,
  type UserCaller,
} from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { actsForEnterprise } from '../enterprise/enterprise-access';
import type { Clock } from '@erqi/shared/util-clock';
import { isUuid } from '@erqi/shared/util-uuid';
import {
  LEDGER_TRANSITIONS,
  ProjectLedgerItem,
  ProjectLedgerStatus,
} from './project-ledger-item.entity';
import { isButler, maySeeContactPhone, maySeeProject, whereVisible } from './project-access';
import { Project } from './project.entity';
import type {
  AddProjectLedgerItemInput,
  CreateProjectInput,
  UpdateProjectLedgerItemArgs,
} from './project.input';
import type { ProjectContact } from './project.types';

/** 项目管家: projects, their butlers and ledgers. */
export class ProjectService {
  private readonly projects: Repository<Project>;
  private readonly ledger: Repository<ProjectLedgerItem>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.projects = dataSource.getRepository(Project);
    this.ledger = dataSource.getRepository(ProjectLedgerItem);
  }

  private async find(id: string, field: string): Promise<Project> {
    const project = isUuid(id) ? await this.projects.findOneBy({ id: id.toLowerCase() }) : null;
    if (!project) throw new NotFound('Project', id, field);
    return project;
  }

  /** One project, for those who may see it; FORBIDDEN for the rest. */
  async get(caller: Caller, id: string): Promise<Project> {
    return this.assertVisible(caller, await this.find(id, 'id'));
  }

  /** A project met through a reference (`_entities`): the same rule as `get`. */
  async assertVisible(caller: Caller, project: Project): Promise<Project> {
    const user = requireUser(caller);
    if (!maySeeProject(user, project, await this.liaises(user, project)))
      throw new Forbidden(
        'Only ADMIN, SUPERVISOR, the butler, the enterprise, the departments of a project and the leaders liaising with its enterprise may see it',
      );
    return project;
  }

  /** 领导联系企业: a LEADER liaises with the project's enterprise. */
  private async liaises(user: UserCaller, project: Project): Promise<boolean> {
    if (user.role !== Role.LEADER) return false;
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM leader_liaison WHERE leader_subject = $1 AND enterprise_id = $2',
      [user.subject, project.enterpriseId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The projects the caller is butler of, by name. */
  mine(caller: Caller, args: PageArgs): Promise<Page<Project>> {
    const user = requireUser(caller);
    const query = this.projects
      .createQueryBuilder('project')
      .where('project.butler_subject = :subject', { subject: user.subject });
    return keysetPage(query, args, { sortColumn: 'name' });
  }

  /**
   * 重点项目 the caller may see, by name: a LEADER those of the enterprises it liaises with (and any it
   * is butler of), ADMIN and SUPERVISOR every one, everyone else those the project rule lets it see.
   */
  keyProjects(caller: Caller, args: PageArgs): Promise<Page<Project>> {
    const user = requireUser(caller);
    const query = whereVisible(
      this.projects.createQueryBuilder('project').where('project.key_project'),
      'project',
      user,
    );
    return keysetPage(query, args, { sortColumn: 'name' });
  }

  contactOf(caller: Caller, project: Project): ProjectContact {
    return {
      name: project.contactName,
      phone: maySeeContactPhone(caller, project)
        ? project.contactPhone
        : maskPhone(project.contactPhone),
    };
  }

  async create(caller: Caller, input: CreateProjectInput): Promise<Project> {
    requireRole(caller, [Role.ADMIN], 'create projects');
    const enterpriseId = input.enterpriseId.toLowerCase();
    const [enterprise] = (await this.dataSource.query('SELECT 1 FROM enterprise WHERE id = $1', [
      enterpriseId,
    ])) as unknown[];
    if (!enterprise) throw new NotFound('Enterprise', input.enterpriseId, 'enterpriseId');
    const project = this.projects.create({
      id: randomUUID(),
      name: input.name.trim(),
      enterpriseId,
      butlerSubject: input.butlerSubjectId.trim(),
      butlerName: input.butlerName.trim(),
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone,
      departmentCodes: input.departmentCodes,
      keyProject: input.keyProject ?? false,
      createdAt: this.clock(),
    });
    await this.projects.insert(project);
    return project;
  }

  /** Puts an issue on the ledger: the butler, the enterprise itself or ADMIN. */
  async addLedgerItem(
    caller: Caller,
    projectId: string,
    input: AddProjectLedgerItemInput,
  ): Promise<ProjectLedgerItem> {
    const user = requireUser(caller);
    const project = await this.find(projectId, 'projectId');
    if (
      user.role !== Role.ADMIN &&
      !isButler(user, project) &&
      !actsForEnterprise(user, project.enterpriseId)
    ) {
      throw new Forbidden(
        "Only the project's butler, its enterprise and ADMIN may raise issues on its ledger",
      );
    }
    const departmentCode = input.departmentCode ?? null;
    if (departmentCode && !project.departmentCodes.includes(departmentCode)) {
      throw new BadUserInput(
        'departmentCode',
        `departmentCode must be one of the project's departments: ${project.departmentCodes.join(', ')}`,
      );
    }
    const now = this.clock();
    const item = this.ledger.create({
      id: randomUUID(),
      projectId: project.id,
      title: input.title.trim(),
      raisedAt: now,
      raisedBy: actorOf(user),
      departmentCode,
      status: ProjectLedgerStatus.OPEN,
      note: null,
      updatedAt: now,
      updatedBy: actorOf(user),
    });
    await this.ledger.insert(item);
    return item;
  }

  /** Moves an issue along (OPEN → IN_PROGRESS → DONE, or back): the butler or staff of the item's department. */
  async updateLedgerItem(
    caller: Caller,
    args: UpdateProjectLedgerItemArgs,
  ): Promise<ProjectLedgerItem> {
    const user = requireUser(caller);
    const item = isUuid(args.id)
      ? await this.ledger.findOneBy({ id: args.id.toLowerCase() })
      : null;
    if (!item) throw new NotFound('ProjectLedgerItem', args.id);
    const project = await this.find(item.projectId, 'id');
    const ofItsDepartment =
      user.role === Role.DEPARTMENT_STAFF &&
      !!item.departmentCode &&
      user.departmentCode === item.departmentCode;
    if (!isButler(user, project) && !ofItsDepartment) {
      throw new Forbidden(
        "Only the project's butler and staff of the item's department may update a ledger item",
      );
    }
    if (item.status === args.status)
      throw new Conflict(`This item is already ${item.status}`, { field: 'status' });
    if (!LEDGER_TRANSITIONS[item.status].includes(args.status)) {
      throw new Conflict(`A ledger item cannot go from ${item.status} to ${args.status}`, {
        field: 'status',
      });
    }
    const changes = {
      status: args.status,
      note: args.note?.trim() || null,
      updatedAt: this.clock(),
      updatedBy: actorOf(user),
    };
    // The expected status in the condition: of two updates at once only the first moves the item.
    const result = await this.ledger
      .createQueryBuilder()
      .update(ProjectLedgerItem)
      .set(changes)
      .where('id = :id AND status = :status', { id: item.id, status: item.status })
      .execute();
    if (result.affected === 0)
      throw new Conflict('This item changed meanwhile; read it again', { field: 'id' });
    return { ...item, ...changes };
  }
}
