import { parseArgs } from 'node:util';
import { rotateDevelopmentKey } from '@erqi/shared/util-auth';
import { tokenForSeedUser } from '@erqi/shared/util-seed-tokens';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';

/**
 * `npm run token -- --role GRID_WORKER [--sub <id>] [--expires 8h]`: prints a development token for a
 * seed user of that role, signed with the current development key (its `kid` in the header; never
 * valid against a real provider). Use it as `Authorization: Bearer <token>` in the explorer or curl.
 * `npm run token -- --rotate-key`: a new development key signs from now on; tokens of the old ones
 * stay valid until they expire (running services pick the new key up by its kid).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      'rotate-key': { type: 'boolean', default: false },
    },
  });
  if (values['rotate-key']) {
    const { current, kept, dropped } = await rotateDevelopmentKey();
    console.log(`[token] new signing key ${current}`);
    console.log(
      `[token] kept until their tokens expire: ${kept.join(', ') || 'none'}; dropped: ${dropped.join(', ') || 'none'}`,
    );
    return;
  }
  const candidates = seedUsers.filter(
    (user) => user.role === values.role && (!values.sub || user.subject === values.sub),
  );
  const user = candidates[0];
  if (!user) {
    const roles = [...new Set(seedUsers.map((seed) => seed.role))].join(', ');
    console.error(
      `No seed user${values.sub ? ` ${values.sub}` : ''} with role "${values.role ?? ''}". Roles: ${roles}`,
    );
    console.error(
      'usage: npm run token -- --role <ROLE> [--sub <id>] [--expires 8h] | npm run token -- --rotate-key',
    );
    process.exit(2);
  }
  const token = await tokenForSeedUser(user, { expiresIn: values.expires });
  console.error(`${user.name} (${user.role}, sub ${user.subject}), valid ${values.expires}:`);
  console.log(token);
}

void main();
