import { databaseTargetToEnv } from '@erqi/shared/data-access-database';
import { readSupergraphConfig } from '../compose/supergraph';
import { chooseDatabase } from '../start/database-choice';
import { startNodeProcess } from '@erqi/shared/util-process';

/**
 * `npm run seed`: migrates every service's database and upserts the article's seed data. Safe to run
 * again, also while `npm start` runs (on the embedded store it uses the server `npm start` started).
 */
async function main(): Promise<void> {
  const database = await chooseDatabase();
  console.log(`[seed] database: ${database.reason}`);
  for (const { name } of readSupergraphConfig().subgraphs) {
    const child = startNodeProcess(
      `apps/${name}/src/main.ts`,
      databaseTargetToEnv(database.targetFor(name)),
      { args: ['--seed'] },
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) {
      console.error(`[seed] ${name} failed (exit code ${code})`);
      await database.stop?.();
      process.exit(1);
    }
  }
  await database.stop?.();
  console.log('[seed] done');
}

void main();
