import {
  AUDITOR_PRINCIPAL,
  departmentPrincipal,
  serviceAccessRules,
  teamPrincipal,
  topicCatalogue,
} from '@erqi/shared/util-event-catalogue';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { seedCodes } from '../kafka/kafka-bootstrap-access';
import { CRDS_DIR } from './crd-schemas';
import { SERVICES, SUBGRAPHS } from './deployment-settings';
import { strimziAcls } from './kafka-cluster';
import { createManifestValidator } from './manifest-validation';
import { MANIFESTS_DIR, renderManifests } from './manifests';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML, read in tests only

const REPO_ROOT = join(__dirname, '..', '..');

let parsed: Record<string, Doc[]> | undefined;

/** What is committed under deploy/kubernetes, by file, every document parsed (once). */
function committed(): Record<string, Doc[]> {
  if (parsed) return parsed;
  const files = readdirSync(MANIFESTS_DIR).filter((name) => name.endsWith('.yaml'));
  parsed = Object.fromEntries(
    files.map((name) => [
      name,
      parseAllDocuments(readFileSync(join(MANIFESTS_DIR, name), 'utf8')).map(
        (document) => document.toJS() as Doc,
      ),
    ]),
  );
  return parsed;
}

const resources = (): Doc[] =>
  Object.entries(committed())
    .filter(([name]) => name !== 'kustomization.yaml')
    .flatMap(([, documents]) => documents);

const ofKind = (kind: string): Doc[] => resources().filter((document) => document['kind'] === kind);

const deep = <T>(value: T): T => structuredClone(value);

/** The variables a service reads, from its .env.example (written from its config schema; a test keeps it current). */
function variablesRead(service: string): Set<string> {
  const text = readFileSync(join(REPO_ROOT, 'apps', service, '.env.example'), 'utf8');
  return new Set([...text.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? ''));
}

describe('the Kubernetes manifests (deploy/kubernetes)', () => {
  const validate = createManifestValidator();

  it('are committed as npm run k8s:manifests writes them, and the kustomization lists them all', async () => {
    const rendered = await renderManifests();
    const onDisk = committed();
    expect(Object.keys(onDisk).sort()).toEqual(Object.keys(rendered).sort());
    for (const [name, text] of Object.entries(rendered))
      expect({ name, text: readFileSync(join(MANIFESTS_DIR, name), 'utf8') }).toEqual({
        name,
        text,
      });
    const kustomization = onDisk['kustomization.yaml']?.[0];
    expect([...(kustomization?.['resources'] ?? [])].sort()).toEqual(
      Object.keys(rendered)
        .filter((name) => name !== 'kustomization.yaml')
        .sort(),
    );
  });

  it('are each valid against the schema of their kind: Kubernetes for core kinds, the operator CRD otherwise', () => {
    const checks = resources().map((document) => ({
      name: `${document['kind']}/${document['metadata']?.name}`,
      ...validate(document),
    }));
    expect(checks.filter((check) => check.errors.length > 0)).toEqual([]);
    const bySchema = (schema: string) => checks.filter((check) => check.schema === schema).length;
    // 5 services × (Deployment, Service, HPA, PDB), 5 ConfigMaps + 2 shared, the Namespace, the Ingress.
    expect(bySchema('core')).toBe(5 * 4 + 7 + 1 + 1);
    expect(bySchema('crd')).toBe(checks.length - bySchema('core'));
    expect(new Set(checks.map((check) => check.name)).size).toBe(checks.length);
  });

  it('refuses broken copies: wrong types, missing fields, misspelt or unknown fields, values outside an enum', () => {
    const [deployment] = ofKind('Deployment');
    const brokenDeployment = deep(deployment as Doc);
    brokenDeployment['spec'].replicas = 'two';
    delete brokenDeployment['spec'].template.spec.containers[0].name;
    expect(validate(brokenDeployment).errors.join('\n')).toMatch(/replicas.*integer[\s\S]*name/);

    const [kafka] = ofKind('Kafka');
    const wrongMechanism = deep(kafka as Doc);
    wrongMechanism['spec'].kafka.listeners[0].authentication.type = 'scram-sha-256';
    expect(validate(wrongMechanism).errors).toEqual([
      '/spec/kafka/listeners/0/authentication/type must be equal to one of the allowed values',
    ]);

    const user = ofKind('KafkaUser').find((document) => document['metadata'].name === 'appeal');
    const misspelt = deep(user as Doc);
    misspelt['spec'].authorization.acls[0].operation =
      misspelt['spec'].authorization.acls[0].operations;
    expect(validate(misspelt).errors).toEqual([
      '/spec/authorization/acls/0 must NOT have additional properties (operation)',
    ]);

    const [cluster] = ofKind('Cluster');
    const brokenCluster = deep(cluster as Doc);
    brokenCluster['spec'].instances = 'three';
    brokenCluster['spec'].backups = brokenCluster['spec'].backup;
    expect(validate(brokenCluster).errors.sort()).toEqual([
      '/spec must NOT have additional properties (backups)',
      '/spec/instances must be integer',
    ]);

    expect(validate({ apiVersion: 'example.org/v1', kind: 'Unknown' }).errors).toEqual([
      'no schema for example.org/v1 Unknown',
    ]);
  });

  it('give every service a Deployment probed at /ready and /health, run as node, with a Service, an HPA and a PDB', () => {
    for (const service of SERVICES) {
      const named = (kind: string) =>
        ofKind(kind).filter((document) => document['metadata'].name === service.name);
      const [deployment] = named('Deployment');
      const pod = deployment?.['spec'].template.spec;
      const [container] = pod.containers;
      expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: service.port });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: service.port });
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
      expect(container.resources.requests).toBeDefined();
      expect(named('Service')[0]?.['spec'].ports[0].port).toBe(service.port);
      expect(named('HorizontalPodAutoscaler')[0]?.['spec'].scaleTargetRef.name).toBe(service.name);
      expect(named('PodDisruptionBudget')[0]?.['spec'].selector.matchLabels).toEqual(
        deployment?.['spec'].selector.matchLabels,
      );
    }
    const [ingress] = ofKind('Ingress');
    expect(ingress?.['spec'].rules[0].http.paths[0].backend.service.name).toBe('gateway');
  });

  it('set only variables the service reads, and each production needs: key source, token, database, broker user', () => {
    const configMaps = new Map(
      ofKind('ConfigMap').map((map) => [map['metadata'].name, map['data']]),
    );
    for (const deployment of ofKind('Deployment')) {
      const service: string = deployment['metadata'].name;
      const [container] = deployment['spec'].template.spec.containers;
      const names = [
        ...container.envFrom.flatMap((source: Doc) =>
          Object.keys(configMaps.get(source['configMapRef'].name) ?? { missing: source }),
        ),
        ...container.env.map((variable: Doc) => variable['name']),
      ];
      const read = variablesRead(service);
      expect({ service, unknown: names.filter((name) => !read.has(name)) }).toEqual({
        service,
        unknown: [],
      });
      const needed = ['NODE_ENV', 'HOST', 'PORT', 'AUTH_JWKS_URL', 'SERVICE_TOKEN'];
      if (service !== 'gateway')
        needed.push('DATABASE_URL', 'KAFKA_BROKERS', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD');
      expect(needed.filter((name) => !names.includes(name))).toEqual([]);
    }
  });

  it('run Kafka on 3 brokers, replication 3, min.insync.replicas 2, SCRAM-SHA-512, with the ACLs of development', () => {
    const [kafka] = ofKind('Kafka');
    expect(kafka?.['spec'].kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
    });
    expect(kafka?.['spec'].kafka.listeners[0].authentication.type).toBe('scram-sha-512');
    const brokers = ofKind('KafkaNodePool').filter((pool) => pool['spec'].roles.includes('broker'));
    expect(brokers.map((pool) => pool['spec'].replicas)).toEqual([3]);
    const users = ofKind('KafkaUser');
    expect(users.map((user) => user['metadata'].name).sort()).toEqual(
      ['admin', ...SUBGRAPHS.map((subgraph) => subgraph.name)].sort(),
    );
    expect(kafka?.['spec'].kafka.authorization.superUsers).toEqual(['admin']);
    for (const subgraph of SUBGRAPHS)
      expect(
        users.find((user) => user['metadata'].name === subgraph.name)?.['spec'].authorization.acls,
      ).toEqual(strimziAcls(serviceAccessRules(subgraph.name, seedCodes())));
    const topics = ofKind('KafkaTopic').map((topic) => topic['metadata'].name);
    const singles = topicCatalogue
      .map((declaration) => declaration.name)
      .filter((name) => !name.includes('{'));
    expect(topics.sort()).toEqual([...new Set(singles)].sort());
  });

  it("leave the users kafka:credentials makes to it, and only those, out of the User Operator's hands", () => {
    const [kafka] = ofKind('Kafka');
    const [variable] = kafka?.['spec'].entityOperator.template.userOperatorContainer.env ?? [];
    expect(variable?.name).toBe('STRIMZI_IGNORED_USERS_PATTERN');
    // The User Operator matches whole names (Java's Matcher.matches).
    const ignored = (name: string) => new RegExp(`^(?:${variable?.value})$`).test(name);
    const outside = [
      departmentPrincipal('MARKET_REGULATION'),
      teamPrincipal('BAGUAMIAO_CREW'),
      AUDITOR_PRINCIPAL,
    ];
    expect(outside.filter(ignored)).toEqual(outside);
    const managed = [
      'admin',
      ...SUBGRAPHS.map((subgraph) => subgraph.name),
      'department.',
      'reader.ALLX',
    ];
    expect(managed.filter(ignored)).toEqual([]);
  });

  it('name the source and version of every vendored CRD', () => {
    const readme = readFileSync(join(CRDS_DIR, 'README.md'), 'utf8');
    for (const folder of readdirSync(CRDS_DIR, { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ))
      for (const file of readdirSync(join(CRDS_DIR, folder.name)))
        expect(readme).toContain(`${folder.name}/${file}`);
  });
});
