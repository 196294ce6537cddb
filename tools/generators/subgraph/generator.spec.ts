import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { FsTree } from 'nx/src/generators/tree';
import { readSupergraphConfig } from '../../compose/supergraph';
import { subgraphGenerator, WIRING_FILES } from './generator';

const WORKSPACE = join(__dirname, '..', '..', '..');
const subgraphs = readSupergraphConfig().subgraphs.map(({ name, url }) => ({
  name,
  port: Number(new URL(url).port),
}));

describe('subgraph generator', () => {
  it('knows the four subgraphs of the supergraph', () => {
    expect(subgraphs.map((subgraph) => subgraph.name).sort()).toEqual([
      'appeal',
      'enterprise',
      'grid',
      'volunteer',
    ]);
  });

  it.each(subgraphs)(
    'regenerates $name (port $port): its wiring files match the committed ones',
    async ({ name, port }) => {
      // The workspace as it is on disk, changed in memory only: the formatter finds the workspace's own settings.
      const tree = new FsTree(WORKSPACE, false);
      await subgraphGenerator(tree, { name, port });
      for (const file of WIRING_FILES) {
        const path = `apps/${name}/${file}`;
        // A difference means someone edited a generated file: change the template and rerun the generator.
        expect({ path, text: tree.read(path, 'utf-8') }).toEqual({
          path,
          text: readFileSync(join(WORKSPACE, path), 'utf8'),
        });
      }
    },
  );

  it('writes the skeletons of a new subgraph, and never overwrites a part written by hand', async () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('apps/parking/src/workers.ts', '// by hand\n');
    await subgraphGenerator(tree, { name: 'parking', port: 4005 });
    expect(tree.read('apps/parking/src/workers.ts', 'utf-8')).toBe('// by hand\n');
    expect(tree.read('apps/parking/src/config.ts', 'utf-8')).toContain(
      'subgraphSettings({ port: 4005 })',
    );
    expect(tree.read('apps/parking/src/subgraph.ts', 'utf-8')).toContain(
      'export async function createParkingSubgraph(',
    );
    expect(tree.read('apps/parking/src/main.ts', 'utf-8')).toMatch(/name: ['"]parking['"]/);
  });
});
