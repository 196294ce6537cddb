import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import { requireUser } from '@erqi/shared/util-auth';
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
import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from '../enterprise/enterprise-access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ProjectLedgerItem } from './project-ledger-item.entity';
import { Project } from './project.entity';
import {
  AddProjectLedgerItemInput,
  CreateProjectInput,
  EnterpriseProjectsArgs,
  UpdateProjectLedgerItemArgs,
} from './project.input';
import { ProjectButler, ProjectContact } from './project.types';

@ObjectType()
export class ProjectConnection extends Connection(Project) {}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, {
    description:
      'One project; for ADMIN, SUPERVISOR, its butler, its enterprise and its departments',
  })
  project(@Arg('id', () => ID) id: string, @Ctx() context: EnterpriseContext): Promise<Project> {
    return context.projects.get(context.caller, id);
  }

  @Query(() => ProjectConnection, {
    description: 'The projects you are butler (项目管家) of, by name',
  })
  myProjects(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ProjectConnection> {
    return context.projects.mine(context.caller, args);
  }

  @Query(() => ProjectConnection, {
    description:
      '重点项目 you may see, by name: a LEADER those of the enterprises it liaises with (领导联系), ADMIN and SUPERVISOR all',
  })
  keyProjects(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ProjectConnection> {
    return context.projects.keyProjects(context.caller, args);
  }

  @Mutation(() => Project, {
    description: 'Creates a project with its butler, contact and departments; ADMIN only',
  })
  createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<Project> {
    return context.projects.create(context.caller, input);
  }

  @Mutation(() => ProjectLedgerItem, {
    description: "Raises an issue on a project's ledger; its butler, its enterprise or ADMIN",
  })
  addProjectLedgerItem(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => AddProjectLedgerItemInput) input: AddProjectLedgerItemInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<ProjectLedgerItem> {
    return context.projects.addLedgerItem(context.caller, projectId, input);
  }

  @Mutation(() => ProjectLedgerItem, {
    description:
      "Moves a ledger item to another status; the project's butler or staff of the item's department",
  })
  updateProjectLedgerItem(
    @Args(() => UpdateProjectLedgerItemArgs) args: UpdateProjectLedgerItemArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ProjectLedgerItem> {
    return context.projects.updateLedgerItem(context.caller, args);
  }

  @FieldResolver(() => Enterprise)
  async enterprise(
    @Root() project: Project,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(project.enterpriseId),
    ) as Enterprise;
  }

  @FieldResolver(() => ProjectButler, { description: 'The one butler (项目管家)' })
  butler(@Root() project: Project): ProjectButler {
    return { subjectId: project.butlerSubject, name: project.butlerName };
  }

  @FieldResolver(() => ProjectContact, { description: 'The one contact at the project' })
  projectContact(@Root() project: Project, @Ctx() context: EnterpriseContext): ProjectContact {
    return context.projects.contactOf(context.caller, project);
  }

  @FieldResolver(() => [ProjectLedgerItem], {
    description: 'The issues raised, oldest first (项目台账)',
  })
  ledger(
    @Root() project: Project,
    @Ctx() context: EnterpriseContext,
  ): Promise<ProjectLedgerItem[]> {
    return context.loaders.ledgerOfProject.load(project.id);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseProjectsResolver {
  @FieldResolver(() => [Project], {
    description: "The enterprise's projects you may see, by name, at most `first` of them",
  })
  projects(
    @Root() enterprise: Enterprise,
    @Args(() => EnterpriseProjectsArgs) { first }: EnterpriseProjectsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<Project[]> {
    requireUser(context.caller);
    return context.loaders.projectsOfEnterprise(first).load(enterprise.id);
  }
}
