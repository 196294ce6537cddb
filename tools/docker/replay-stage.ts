import { execFileSync, spawn } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { copyPaths, envPairs, type Instruction, type Stage } from './dockerfile';

/** A stage another one copies from (`COPY --from=<name>`): its WORKDIR is this folder on the machine. */
export interface StageOutput {
  workdir: string;
  folder: string;
  /** What the folder holds that the stage would not have made (a checkout's own data), by relative path. */
  leaveOut?: (path: string) => boolean;
}

export interface ReplayOptions {
  /** The folder that plays the container's `/`. */
  root: string;
  /** The build context (the repository) and what `.dockerignore` lets in. */
  context: string;
  inContext: (path: string) => boolean;
  stages: Record<string, StageOutput>;
  log?: (line: string) => void;
}

/** What the stage leaves for `docker run`: its environment, user, folders and commands. */
export interface ReplayedImage {
  env: Record<string, string>;
  /** Container path. */
  workdir: string;
  user: string;
  volumes: string[];
  entrypoint: string[];
  cmd: string[];
  healthcheck: string[];
}

/** uid and gid of a user (`name` or `name:group`) on this machine. */
export function ids(user: string): { uid: number; gid: number } {
  const [name = '', group] = user.split(':');
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(
    group
      ? execFileSync('getent', ['group', group], { encoding: 'utf8' }).split(':')[2]
      : execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim(),
  );
  return { uid, gid };
}

/** `command` as `user`, with this environment kept (setpriv changes the ids only). */
export function asUser(user: string, command: string, args: string[]): [string, string[]] {
  if (user === 'root' || user === '0') return [command, args];
  const { uid, gid } = ids(user);
  return [
    'setpriv',
    [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--', command, ...args],
  ];
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory())
    for (const entry of readdirSync(path)) chownTree(join(path, entry), uid, gid);
}

/**
 * A private npm cache for the steps, its content hard-linked from this machine's: `npm ci` finds
 * the packages it has, and `npm cache clean --force` in a step empties the copy, not the machine's.
 */
function privateNpmCache(folder: string): string {
  const machine = join(homedir(), '.npm', '_cacache');
  const target = join(folder, '_cacache');
  mkdirSync(target, { recursive: true });
  if (existsSync(join(machine, 'content-v2')))
    execFileSync('cp', ['-al', join(machine, 'content-v2'), join(target, 'content-v2')]);
  if (existsSync(join(machine, 'index-v5')))
    execFileSync('cp', ['-r', join(machine, 'index-v5'), join(target, 'index-v5')]);
  return folder;
}

function runStep(
  command: string,
  cwd: string,
  env: Record<string, string>,
  user: string,
): Promise<void> {
  const [program, args] = asUser(user, '/bin/sh', ['-c', command]);
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`RUN ${command} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Runs a stage's steps on this machine under `options.root` as Docker would build them: ENV, WORKDIR,
 * COPY (from the context through `.dockerignore`, or `--from` another stage; `--chown`), RUN (as the
 * USER in effect), and records USER, VOLUME, HEALTHCHECK, ENTRYPOINT and CMD. The folder must be
 * reachable by the users the stage switches to.
 */
export async function replayStage(stage: Stage, options: ReplayOptions): Promise<ReplayedImage> {
  const log = options.log ?? (() => undefined);
  const inRoot = (containerPath: string): string => join(options.root, containerPath);
  const home = join(options.root, 'root');
  mkdirSync(home, { recursive: true });
  const image: ReplayedImage = {
    env: {},
    workdir: '/',
    user: 'root',
    volumes: [],
    entrypoint: [],
    cmd: [],
    healthcheck: [],
  };
  const stepEnv = (): Record<string, string> => ({
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    npm_config_cache: npmCache,
    npm_config_userconfig: join(homedir(), '.npmrc'),
    ...image.env,
  });
  const npmCache = privateNpmCache(join(options.root, 'tmp', 'npm-cache'));
  const resolvePath = (path: string): string =>
    inRoot(isAbsolute(path) ? path : posix.join(image.workdir, path));

  const copy = (instruction: Instruction): void => {
    const { sources, destination } = copyPaths(instruction);
    const target = resolvePath(destination);
    const from = instruction.flags['from'];
    const intoFolder = destination.endsWith('/') || sources.length > 1;
    for (const source of sources) {
      let origin: string;
      let filter: (path: string) => boolean = () => true;
      if (from) {
        const output = options.stages[from];
        if (!output) throw new Error(`COPY --from=${from}: no such stage here`);
        origin = join(
          output.folder,
          posix.relative(output.workdir, posix.resolve(output.workdir, source)),
        );
        const { leaveOut } = output;
        if (leaveOut)
          filter = (path) => !leaveOut(relative(output.folder, path).split('\\').join('/'));
      } else {
        origin = join(options.context, source);
        filter = (path) => {
          const inside = relative(options.context, path).split('\\').join('/');
          return inside === '' || options.inContext(inside);
        };
        if (!filter(origin)) throw new Error(`COPY ${source}: .dockerignore leaves it out`);
      }
      const folderSource = statSync(origin).isDirectory();
      const destinationPath =
        !folderSource && intoFolder ? join(target, source.split('/').at(-1) ?? source) : target;
      mkdirSync(folderSource ? destinationPath : dirname(destinationPath), { recursive: true });
      cpSync(origin, destinationPath, { recursive: true, filter, verbatimSymlinks: true });
      const chown = instruction.flags['chown'];
      if (chown) {
        const { uid, gid } = ids(chown);
        chownTree(destinationPath, uid, gid);
      }
    }
  };

  for (const instruction of stage.instructions) {
    switch (instruction.keyword) {
      case 'ENV':
        for (const [name, value] of envPairs(instruction)) image.env[name] = value;
        break;
      case 'WORKDIR':
        image.workdir = posix.resolve(image.workdir, instruction.text);
        mkdirSync(inRoot(image.workdir), { recursive: true });
        break;
      case 'USER':
        image.user = instruction.text;
        break;
      case 'COPY':
        log(`COPY ${instruction.text}`);
        copy(instruction);
        break;
      case 'RUN': {
        const command = instruction.exec ? instruction.exec.join(' ') : instruction.text;
        log(`RUN ${command} (as ${image.user})`);
        await runStep(command, inRoot(image.workdir), stepEnv(), image.user);
        break;
      }
      case 'VOLUME':
        image.volumes.push(...(instruction.exec ?? instruction.text.split(/\s+/)));
        break;
      case 'ENTRYPOINT':
        image.entrypoint = instruction.exec ?? ['/bin/sh', '-c', instruction.text];
        break;
      case 'CMD':
        image.cmd = instruction.exec ?? ['/bin/sh', '-c', instruction.text];
        break;
      case 'HEALTHCHECK': {
        const [, command = ''] = /\bCMD\s+(.*)$/s.exec(instruction.text) ?? [];
        image.healthcheck = command.trim().startsWith('[')
          ? (JSON.parse(command) as string[])
          : ['/bin/sh', '-c', command];
        break;
      }
      case 'EXPOSE':
      case 'LABEL':
      case 'ARG':
        break;
      default:
        throw new Error(`the replay does not know ${instruction.keyword}`);
    }
  }
  return image;
}
