import type { EnterpriseContext } from '../context';
import type { Project } from './project.entity';

/** Resolves `Project` references in one batch per request, under the same rule as `project(id)`. */
export const projectReference = {
  async __resolveReference(
    reference: Pick<Project, 'id'>,
    context: EnterpriseContext,
  ): Promise<Project | null> {
    const project = await context.loaders.project.load(reference.id);
    return project ? context.projects.assertVisible(context.caller, project) : null;
  },
};
