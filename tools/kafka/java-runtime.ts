import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Kafka 4 brokers (and its StorageTool) need Java 17 or newer. */
export const JAVA_MAJOR_NEEDED = 17;

/**
 * One line per platform: a Java 17+ runtime (Eclipse Temurin or the distribution's OpenJDK) and
 * Maven, which fetches Apache Kafka the first time.
 */
export const HOW_TO_GET_JAVA: readonly string[] = [
  'Debian/Ubuntu  sudo apt-get install -y openjdk-17-jre-headless maven',
  'macOS          brew install --cask temurin@21 && brew install maven',
  'Windows        winget install EclipseAdoptium.Temurin.21.JDK, then Maven from https://maven.apache.org/install.html',
  'or point JAVA_HOME at a Java 17+ runtime you already have',
];

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on the PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const javaHome = env['JAVA_HOME'];
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Why no broker can start here (no Java, or one older than 17), or undefined when Java will do. `env`
 * decides which java is asked (JAVA_HOME, PATH), so a caller can check another environment's.
 */
export async function javaProblem(
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const command = javaCommand(env);
  const { code, output } = await versionOutput(command, env);
  const major = Number(/version "(?:1\.)?(\d+)/.exec(output)?.[1] ?? 0);
  if (code === 0 && major >= JAVA_MAJOR_NEEDED) return undefined;
  return code === 0
    ? `Apache Kafka needs Java ${JAVA_MAJOR_NEEDED} or newer; \`${command} -version\` says ${major || 'an unknown version'}`
    : `Apache Kafka needs Java ${JAVA_MAJOR_NEEDED} or newer, and \`${command}\` ${code === 127 ? 'was not found' : `failed (exit code ${code})`}`;
}

function versionOutput(
  command: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // The PATH in `env` is where spawn looks the command up.
    const child = spawn(command, ['-version'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve({ code: error.code === 'ENOENT' ? 127 : 1, output: error.message }),
    );
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
