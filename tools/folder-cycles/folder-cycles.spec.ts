import { checkFolders, describe as describeProblems } from './folder-cycles';
import {
  findCycles,
  folderEdges,
  type ModuleImport,
  policyImports,
  wiringImports,
} from './folder-graph';

const SRC = 'apps/demo/src';
const edge = (from: string, to: string, typeOnly = false): ModuleImport => ({
  from: `${SRC}/${from}`,
  to: `${SRC}/${to}`,
  typeOnly,
});

describe('folder graph', () => {
  it('finds a loop through a third folder and names every folder caught in it', () => {
    const imports = [
      edge('appeal/appeal.service.ts', 'dispatch/dispatch.service.ts'),
      edge('dispatch/dispatch.service.ts', 'workflow/policy.ts'),
      edge('workflow/policy.ts', 'appeal/appeal.entity.ts'),
      edge('figures/figures.service.ts', 'appeal/appeal.entity.ts'),
    ];
    expect(findCycles(folderEdges(imports, SRC))).toEqual([
      {
        folders: ['appeal', 'dispatch', 'workflow'],
        loop: ['appeal', 'dispatch', 'workflow', 'appeal'],
      },
    ]);
  });

  it('lets folders import one way, and a folder import itself', () => {
    const imports = [
      edge('appeal/appeal.service.ts', 'policy/roles.ts'),
      edge('dispatch/dispatch.service.ts', 'appeal/appeal.entity.ts'),
      edge('appeal/appeal.service.ts', 'appeal/appeal.entity.ts'),
    ];
    expect(findCycles(folderEdges(imports, SRC))).toEqual([]);
  });

  it('keeps policy at the bottom: any folder it imports is named', () => {
    const imports = [
      edge('policy/transitions.ts', 'appeal/appeal.enums.ts'),
      edge('policy/roles.ts', 'policy/workflow-action.ts'),
      edge('workflow/workflow.service.ts', 'policy/roles.ts'),
    ];
    expect(policyImports(folderEdges(imports, SRC))).toEqual(['appeal']);
  });

  it('allows a folder only the type of the request context from the wiring files', () => {
    const typeOfContext = edge('appeal/appeal.resolver.ts', 'context.ts', true);
    const valueOfContext = edge('appeal/appeal.resolver.ts', 'context.ts');
    const helperInRoot = edge('volunteer/volunteer.service.ts', 'team-access.ts', true);
    const wiringDown = edge('subgraph.ts', 'appeal/appeal.service.ts');
    expect(wiringImports([typeOfContext, valueOfContext, helperInRoot, wiringDown], SRC)).toEqual([
      valueOfContext,
      helperInRoot,
    ]);
  });
});

describe('the apps', () => {
  // The rule `npm test` holds every app to: no folder imports a folder that imports it back.
  it('have folders that import one way only', () => {
    const reports = checkFolders();
    expect(reports.map((report) => report.app)).toEqual(
      expect.arrayContaining(['appeal', 'enterprise', 'grid', 'volunteer']),
    );
    expect(describeProblems(reports)).toBe('');
  }, 120_000);
});
