import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: tools/kafka/../.. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
/** The Maven project whose runtime classpath is the broker. */
export const KAFKA_POM = join(REPO_ROOT, 'tools', 'kafka', 'pom.xml');
/** Where the classpath cache lives (git-ignored), shared by every local broker of this checkout. */
const KAFKA_CLASSPATH_DIR = join(REPO_ROOT, '.data', 'kafka');
/**
 * Everything the local broker writes (git-ignored): config, log, pid, data. A broker moved by
 * `KAFKA_LOCAL_PORT` keeps its own (`.data/kafka-<port>`), so that it can run beside the one on 9092
 * that the same checkout may have started.
 */
export const KAFKA_DATA_DIR =
  Number(process.env['KAFKA_LOCAL_PORT'] || 9092) === 9092
    ? KAFKA_CLASSPATH_DIR
    : join(REPO_ROOT, '.data', `kafka-${Number(process.env['KAFKA_LOCAL_PORT'])}`);

/** The Apache Kafka version, as the `kafka.version` property of tools/kafka/pom.xml says. */
export function readKafkaVersion(): string {
  const match = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(
    readFileSync(KAFKA_POM, 'utf8'),
  );
  if (!match?.[1]) throw new Error(`${KAFKA_POM} has no <kafka.version> property`);
  return match[1];
}

/** The cache file of the classpath, keyed by the pom's content so that an edited pom resolves again. */
export function classpathCacheFile(): string {
  const hash = createHash('sha256').update(readFileSync(KAFKA_POM)).digest('hex').slice(0, 16);
  return join(KAFKA_CLASSPATH_DIR, `classpath-${hash}.txt`);
}

function readCachedClasspath(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, 'utf8').trim();
  // A cleaned local Maven repository leaves a cache that points at nothing: resolve again then.
  const jars = classpath.split(':').filter((jar) => jar.length > 0);
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? classpath : undefined;
}

/**
 * The broker's runtime classpath. Resolved once by Maven (`dependency:build-classpath`, which downloads
 * the jars from Maven Central into the local repository, ~/.m2 unless MAVEN_OPTS or settings say
 * otherwise) and cached under .data/kafka/, so a later start does not run Maven.
 */
export async function resolveKafkaClasspath(log: (line: string) => void): Promise<string> {
  const cacheFile = classpathCacheFile();
  const cached = readCachedClasspath(cacheFile);
  if (cached) return cached;

  log(`fetching Apache Kafka ${readKafkaVersion()} from Maven Central (first time only)…`);
  mkdirSync(KAFKA_CLASSPATH_DIR, { recursive: true });
  const partial = `${cacheFile}.${process.pid}.tmp`;
  const startedAt = Date.now();
  const { code, output } = await run('mvn', [
    '-B',
    '-q',
    '-f',
    KAFKA_POM,
    'dependency:build-classpath',
    `-Dmdep.outputFile=${partial}`,
  ]);
  if (code !== 0 || !existsSync(partial)) {
    rmSync(partial, { force: true });
    throw new Error(
      `Maven could not resolve ${KAFKA_POM} (exit code ${code}). Is Maven installed and Maven Central reachable?\n${output.trim()}`,
    );
  }
  renameSync(partial, cacheFile);
  log(
    `resolved the broker's classpath with Maven in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  const classpath = readCachedClasspath(cacheFile);
  if (!classpath) throw new Error(`Maven wrote an empty or broken classpath to ${cacheFile}`);
  return classpath;
}

/**
 * Runs a command to its end and returns its exit code and merged output; a missing command is code 127.
 * `input` goes to its stdin (secrets that must not show in a process list).
 */
export function run(
  command: string,
  args: readonly string[],
  input?: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    child.stdin?.end(input);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolvePromise({
        code: error.code === 'ENOENT' ? 127 : 1,
        output: `${command}: ${error.message}`,
      }),
    );
    child.once('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}
