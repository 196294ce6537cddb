import {
  kafkaBrokersFromEnv,
  readKafkaCredentials,
  saslOptions,
} from '@erqi/shared/data-access-events';
import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { HOW_TO_GET_JAVA, javaCommand, javaProblem } from './java-runtime';
import { provisionBootstrapAccess } from './kafka-bootstrap-access';
import {
  KAFKA_DATA_DIR,
  REPO_ROOT,
  readKafkaVersion,
  resolveKafkaClasspath,
  run,
} from './kafka-classpath';
import {
  ADMIN_PRINCIPAL,
  addScramArguments,
  BROKER_PRINCIPAL,
  bootstrapPrincipals,
  credentialsOrNew,
} from './kafka-security';
import {
  KAFKA_CLUSTER_ID,
  KAFKA_HOST,
  KAFKA_LOG_DIR,
  KAFKA_PORT,
  KAFKA_SERVER_PROPERTIES,
  renderServerProperties,
} from './kafka-server-config';

const PID_FILE = join(KAFKA_DATA_DIR, 'broker.pid');
const SERVER_LOG = join(KAFKA_DATA_DIR, 'server.log');
const START_LOCK = join(KAFKA_DATA_DIR, 'start.lock');
/** The Kafka version the storage in logs/ was formatted by; another version starts from empty storage. */
const STORAGE_VERSION_FILE = join(KAFKA_DATA_DIR, 'storage-version');
/** Written when logs/ was formatted with the bootstrap SCRAM users (admin among them); absent before. */
const STORAGE_SCRAM_FILE = join(KAFKA_DATA_DIR, 'storage-scram');
const LOG4J_CONFIG = join(REPO_ROOT, 'tools', 'kafka', 'log4j2.properties');
const LOCAL_BOOTSTRAP = `${KAFKA_HOST}:${KAFKA_PORT}`;

export interface KafkaBrokerOptions {
  /**
   * Where progress lines go.
   * @default console.log with a `[kafka]` prefix
   */
  log?: (line: string) => void;
  /**
   * How long a start may take until kafkajs gets an answer, in milliseconds (Maven not counted).
   * @default 120000
   */
  readyTimeoutMs?: number;
}

export interface KafkaBroker {
  /** Bootstrap addresses for kafkajs' `brokers`. */
  brokers: string[];
  /** `external`: KAFKA_BROKERS names the cluster; `running`: it already answered; `started`: started now. */
  source: 'external' | 'running' | 'started';
  /** The local broker's process id, when this repository started it. */
  pid?: number;
  /** The Apache Kafka version of the local broker. */
  version?: string;
}

export interface KafkaBrokerStatus {
  running: boolean;
  brokers: string[];
  external: boolean;
  pid?: number;
  version?: string;
}

const defaultLog = (line: string): void => console.log(`[kafka] ${line}`);

/** The bootstrap brokers every client in this repository uses: KAFKA_BROKERS (comma-separated) or 127.0.0.1:9092. */
export function kafkaBrokers(): string[] {
  return kafkaBrokersFromEnv();
}

function usesExternalCluster(): boolean {
  return (process.env['KAFKA_BROKERS'] ?? '').trim().length > 0;
}

/**
 * Makes sure a Kafka broker answers and returns how to reach it. With KAFKA_BROKERS set it starts
 * nothing. Otherwise it reuses the broker on 127.0.0.1:9092, or fetches Apache Kafka with Maven (first
 * time only), starts it detached (it outlives the caller; `stopKafkaBroker()` or `npm run kafka:stop`
 * stops it) and waits until kafkajs can use it. Safe to call from several processes at once.
 */
export async function ensureKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  const log = options.log ?? defaultLog;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  if (usesExternalCluster()) {
    const brokers = kafkaBrokers();
    log(`KAFKA_BROKERS is set: using the Kafka cluster at ${brokers.join(',')}; starting nothing`);
    return { brokers, source: 'external' };
  }
  const version = readKafkaVersion();
  if (await isPortOpen(KAFKA_HOST, KAFKA_PORT)) {
    await waitUntilUsable([LOCAL_BOOTSTRAP], readyTimeoutMs, undefined);
    const pid = ourBrokerPid();
    log(
      `a Kafka broker already answers on ${LOCAL_BOOTSTRAP}${pid ? ` (pid ${pid})` : ''}; reusing it`,
    );
    return {
      brokers: [LOCAL_BOOTSTRAP],
      source: 'running',
      version: runningVersion(pid) ?? version,
      ...(pid ? { pid } : {}),
    };
  }

  const releaseLock = await acquireStartLock(readyTimeoutMs * 2);
  try {
    // Another process may have started it while this one waited for the lock, or a start of an
    // earlier command that was interrupted may still be coming up.
    const startedMeanwhile = ourBrokerPid();
    if (startedMeanwhile !== undefined || (await isPortOpen(KAFKA_HOST, KAFKA_PORT))) {
      await waitUntilUsable([LOCAL_BOOTSTRAP], readyTimeoutMs, startedMeanwhile);
      log(
        `the Kafka broker${startedMeanwhile ? ` (pid ${startedMeanwhile})` : ''} answers on ${LOCAL_BOOTSTRAP}`,
      );
      return {
        brokers: [LOCAL_BOOTSTRAP],
        source: 'running',
        version: runningVersion(startedMeanwhile) ?? version,
        ...(startedMeanwhile ? { pid: startedMeanwhile } : {}),
      };
    }
    const startedAt = Date.now();
    // Before Maven, which needs Java too.
    await assertJava17();
    const classpath = await resolveKafkaClasspath(log);
    mkdirSync(KAFKA_DATA_DIR, { recursive: true });
    // Without admin's credentials the SCRAM users in logs/ (if any) can no longer be managed.
    const adminKnown = [BROKER_PRINCIPAL, ADMIN_PRINCIPAL].every(
      (principal) => readKafkaCredentials(principal) !== undefined,
    );
    const bootstrap = bootstrapPrincipals().map(credentialsOrNew);
    const broker = readKafkaCredentials(BROKER_PRINCIPAL);
    if (!broker) throw new Error('the broker has no credentials file');
    writeFileSync(KAFKA_SERVER_PROPERTIES, renderServerProperties(broker), { mode: 0o600 });
    await formatStorageOnce(
      classpath,
      version,
      addScramArguments(bootstrap),
      adminKnown && existsSync(STORAGE_SCRAM_FILE),
      log,
    );

    log(
      `starting Apache Kafka ${version} on ${LOCAL_BOOTSTRAP} (log ${relative(REPO_ROOT, SERVER_LOG)})`,
    );
    const pid = startDetached(classpath);
    await waitUntilUsable([LOCAL_BOOTSTRAP], readyTimeoutMs, pid);
    await provisionBootstrapAccess(quietClient([LOCAL_BOOTSTRAP]), LOCAL_BOOTSTRAP, log);
    log(
      `Apache Kafka ${version} ready on ${LOCAL_BOOTSTRAP} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${pid})`,
    );
    return { brokers: [LOCAL_BOOTSTRAP], source: 'started', pid, version };
  } finally {
    releaseLock();
  }
}

/** Stops the broker this repository started (SIGTERM, SIGKILL after 20 s). Returns false when none ran. */
export async function stopKafkaBroker(
  options: Pick<KafkaBrokerOptions, 'log'> = {},
): Promise<boolean> {
  const log = options.log ?? defaultLog;
  const pid = ourBrokerPid();
  if (pid === undefined) {
    rmSync(PID_FILE, { force: true });
    const foreign = await isPortOpen(KAFKA_HOST, KAFKA_PORT);
    log(
      foreign
        ? `no broker of this repository runs (no live ${relative(REPO_ROOT, PID_FILE)}); the one on ${LOCAL_BOOTSTRAP} was not started here, left alone`
        : 'not running',
    );
    return false;
  }
  log(`stopping the Kafka broker (pid ${pid})`);
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + 20_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`still running after 20 s: SIGKILL`);
    signal(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(PID_FILE, { force: true });
  log('stopped');
  return true;
}

/** Whether the broker answers, with its version and pid when this repository started it. */
export async function kafkaBrokerStatus(): Promise<KafkaBrokerStatus> {
  const brokers = kafkaBrokers();
  const external = usesExternalCluster();
  const running = await answers(brokers);
  if (external) return { running, brokers, external };
  const pid = ourBrokerPid();
  const version = runningVersion(pid) ?? readKafkaVersion();
  return { running, brokers, external, version, ...(pid ? { pid } : {}) };
}

async function waitUntilUsable(
  brokers: string[],
  timeoutMs: number,
  pid: number | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(brokers))) {
    if (pid !== undefined && !isAlive(pid)) {
      rmSync(PID_FILE, { force: true });
      throw new Error(`the Kafka broker (pid ${pid}) exited during start-up.\n${logTail()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the Kafka broker did not answer on ${brokers.join(',')} within ${timeoutMs / 1000} s. A broker started by another checkout, or before SASL, does not know this checkout's admin password (.data/kafka/credentials): stop it with \`npm run kafka:stop\` where it was started.\n${logTail()}`,
      );
    }
    await sleep(250);
  }
  await warmUp(brokers, deadline);
}

/** True when kafkajs connects and `describeCluster()` answers. */
async function answers(brokers: string[]): Promise<boolean> {
  const admin = quietClient(brokers).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * A fresh broker answers describeCluster before its group coordinator has loaded __consumer_offsets
 * and before it can hand out producer ids; clients that arrive then log errors and restart. Do both once
 * here, quietly, so the first test or service to connect finds them ready.
 */
async function warmUp(brokers: string[], deadline: number): Promise<void> {
  const kafka = quietClient(brokers);
  for (;;) {
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    try {
      await admin.connect();
      await admin.fetchOffsets({ groupId: 'erqi-tools-kafka-ready', topics: [] });
      await producer.connect();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(
          `the Kafka broker answers but its coordinators are not ready: ${String(error)}\n${logTail()}`,
        );
      }
      await sleep(250);
    } finally {
      await producer.disconnect().catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
  }
}

/** Signed in as admin when this checkout has admin's credentials (a SASL broker it started). */
function quietClient(brokers: string[]): Kafka {
  const admin = readKafkaCredentials(ADMIN_PRINCIPAL);
  return new Kafka({
    clientId: 'erqi-tools-kafka',
    brokers,
    ...(admin ? { sasl: saslOptions(admin) } : {}),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    retry: { retries: 2, initialRetryTime: 100 },
  });
}

function startDetached(classpath: string): number {
  const out = openSync(SERVER_LOG, 'w');
  try {
    const child = spawn(
      javaCommand(),
      [
        ...jvmOptions(),
        '-Djava.awt.headless=true',
        `-Dlog4j2.configurationFile=${LOG4J_CONFIG}`,
        '-cp',
        classpath,
        'kafka.Kafka',
        KAFKA_SERVER_PROPERTIES,
      ],
      // Its own process group and session: Ctrl-C in the caller's terminal does not reach it.
      { cwd: REPO_ROOT, detached: true, stdio: ['ignore', out, out] },
    );
    if (child.pid === undefined) throw new Error(`could not start ${javaCommand()}`);
    child.unref();
    writeFileSync(PID_FILE, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/**
 * A development broker holds a few hundred small partitions: 256 MB of heap is plenty, and the serial
 * collector (no G1 remembered sets, no parallel GC threads) and a capped code cache keep the idle JVM
 * small (see docs/BENCHMARKS.md, bench:footprint). KAFKA_HEAP_OPTS and KAFKA_JVM_PERFORMANCE_OPTS
 * replace them, as in Kafka's own scripts.
 */
function jvmOptions(): string[] {
  const words = (value: string | undefined, fallback: string): string[] =>
    (value?.trim() || fallback).split(/\s+/);
  return [
    ...words(process.env['KAFKA_HEAP_OPTS'], '-Xms32m -Xmx256m'),
    ...words(
      process.env['KAFKA_JVM_PERFORMANCE_OPTS'],
      process.env['ERQI_KAFKA_JIT'] ??
        '-XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=128m',
    ),
  ];
}

/**
 * Formats logs/ unless it was formatted by this Kafka version with the bootstrap SCRAM users. Storage
 * from before SASL (no admin user in its metadata) is development data: it starts again, empty.
 */
async function formatStorageOnce(
  classpath: string,
  version: string,
  addScram: readonly string[],
  hasScramUsers: boolean,
  log: (line: string) => void,
): Promise<void> {
  const formattedBy = existsSync(STORAGE_VERSION_FILE)
    ? readFileSync(STORAGE_VERSION_FILE, 'utf8').trim()
    : undefined;
  const formatted = existsSync(join(KAFKA_LOG_DIR, 'meta.properties'));
  if (formatted && formattedBy === version && hasScramUsers) return;
  if (existsSync(KAFKA_LOG_DIR)) {
    log(
      formatted && formattedBy === version
        ? `the storage in ${relative(REPO_ROOT, KAFKA_LOG_DIR)} has no admin SCRAM user (made before SASL, or its credentials are gone): reformatting it, its topics and offsets are dropped (development data)`
        : `the storage in ${relative(REPO_ROOT, KAFKA_LOG_DIR)} is from Kafka ${formattedBy ?? 'unknown'}: starting ${version} from empty storage`,
    );
    rmSync(KAFKA_LOG_DIR, { recursive: true, force: true });
  }
  rmSync(STORAGE_SCRAM_FILE, { force: true });
  const { code, output } = await run(javaCommand(), [
    '-cp',
    classpath,
    `-Dlog4j2.configurationFile=${LOG4J_CONFIG}`,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    KAFKA_CLUSTER_ID,
    '-c',
    KAFKA_SERVER_PROPERTIES,
    ...addScram,
  ]);
  if (code !== 0)
    throw new Error(
      `kafka.tools.StorageTool format failed (exit code ${code}):\n${output.replace(/password=[^\],]*/g, 'password=***').trim()}`,
    );
  writeFileSync(STORAGE_VERSION_FILE, `${version}\n`);
  writeFileSync(STORAGE_SCRAM_FILE, `${bootstrapPrincipals().join('\n')}\n`);
}

/** Kafka 4 brokers need Java 17 or newer: the reason and how to get it, without a stack trace to read. */
async function assertJava17(): Promise<void> {
  const problem = await javaProblem();
  if (problem)
    throw new Error(
      [`${problem}. Get one:`, ...HOW_TO_GET_JAVA.map((line) => `  ${line}`)].join('\n'),
    );
}

/** The pid in broker.pid when that process is alive and is our kafka.Kafka (not a reused pid). */
function ourBrokerPid(): number | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const commandLine = processCommandLine(pid);
  return commandLine === undefined || commandLine.includes('kafka.Kafka') ? pid : undefined;
}

/** The version in the running broker's classpath (kafka_2.13-<version>.jar). */
function runningVersion(pid: number | undefined): string | undefined {
  if (pid === undefined) return undefined;
  return /kafka_2\.13-([^/:]+?)\.jar/.exec(processCommandLine(pid) ?? '')?.[1];
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined; // no /proc (not Linux): trust the pid file
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie (exited, not yet reaped by this process) still has a pid.
    return !/^\S+ \(.*\) Z/.test(readProcStat(pid));
  } catch {
    return false;
  }
}

function readProcStat(pid: number): string {
  return readIfExists(`/proc/${pid}/stat`);
}

function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** One start at a time across processes (parallel test workers): an exclusive lock file holding the pid. */
async function acquireStartLock(timeoutMs: number): Promise<() => void> {
  mkdirSync(KAFKA_DATA_DIR, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(START_LOCK, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(START_LOCK, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readIfExists(START_LOCK).trim() || 0);
    if (holder > 0 && !isAlive(holder)) {
      rmSync(START_LOCK, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `another process (pid ${holder}) has been starting Kafka for too long: ${START_LOCK}`,
      );
    await sleep(250);
  }
}

/** The broker's first ERROR lines (the cause is usually there, not at the end) and the last lines. */
function logTail(lines = 30): string {
  if (!existsSync(SERVER_LOG)) return `(no ${SERVER_LOG})`;
  const all = readFileSync(SERVER_LOG, 'utf8').trimEnd().split('\n');
  const errors = all
    .filter((line) => /^(\[[^\]]+\] (ERROR|FATAL) |Caused by: )/.test(line))
    .slice(0, 8);
  const name = relative(REPO_ROOT, SERVER_LOG);
  return [
    ...(errors.length > 0 ? [`first errors in ${name}:`, ...errors] : []),
    `last lines of ${name}:`,
    ...all.slice(-lines),
  ].join('\n');
}
