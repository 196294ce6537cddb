/** One import, as dependency-cruiser reports it: from a module to a module, and whether only types cross. */
export interface ModuleImport {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Folders of one app that import each other, directly or through others. */
export interface FolderCycle {
  /** Every folder caught in the knot, sorted. */
  folders: string[];
  /** One loop through it, first folder repeated last: an import on it must go. */
  loop: string[];
}

/**
 * The first-level folder of `src` a module sits in (`apps/appeal/src/dispatch/x.ts` → `dispatch`), or
 * `undefined` for the files directly in `src` (main.ts, the wiring): they are the top of the app.
 */
export function folderOf(module: string, srcRoot: string): string | undefined {
  if (!module.startsWith(`${srcRoot}/`)) return undefined;
  const rest = module.slice(srcRoot.length + 1).split('/');
  return rest.length > 1 ? rest[0] : undefined;
}

/** The imports between folders of one app, each folder pair once. */
export function folderEdges(
  imports: readonly ModuleImport[],
  srcRoot: string,
): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const source = folderOf(from, srcRoot);
    const target = folderOf(to, srcRoot);
    if (!source) continue;
    if (!edges.has(source)) edges.set(source, new Set());
    if (target && target !== source) edges.get(source)?.add(target);
  }
  return edges;
}

/**
 * Every loop in the folder graph, one per strongly connected set of folders (Tarjan), each written as
 * a concrete path around it so that the message says which imports to cut.
 */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): FolderCycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === node) break;
      }
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return components
    .map((folders) => ({ folders, loop: loopThrough(folders, edges) }))
    .sort((a, b) => a.folders.join().localeCompare(b.folders.join()));
}

/** A shortest path from the component's first folder back to itself, staying inside the component. */
function loopThrough(
  component: string[],
  edges: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const members = new Set(component);
  const start = component[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        for (let step = cameFrom.get(node); step !== undefined; step = cameFrom.get(step))
          path.unshift(step);
        return [...path, start];
      }
      if (!cameFrom.has(next) && next !== start) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component, start];
}

/** The folder an app keeps its rules in (deadlines, transitions, roles, settings): the bottom, importing no other folder. */
export const POLICY_FOLDER = 'policy';

/** The folders the policy folder imports: none may be. */
export function policyImports(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...(edges.get(POLICY_FOLDER) ?? [])].sort();
}

/**
 * Imports from a folder up into the wiring files directly in `src`. The one allowed is the type of the
 * request context (`context.ts`), which resolvers receive: the wiring builds it, so the types meet there.
 */
export function wiringImports(imports: readonly ModuleImport[], srcRoot: string): ModuleImport[] {
  return imports.filter(({ from, to, typeOnly }) => {
    if (!folderOf(from, srcRoot) || !to.startsWith(`${srcRoot}/`) || folderOf(to, srcRoot))
      return false;
    return !(typeOnly && to === `${srcRoot}/context.ts`);
  });
}
