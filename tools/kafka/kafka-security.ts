import {
  type KafkaCredentials,
  readKafkaCredentials,
  writeKafkaCredentials,
} from '@erqi/shared/data-access-events';
import { type ServiceName, servicePrincipal } from '@erqi/shared/util-event-catalogue';
import { randomBytes } from 'node:crypto';

/** The broker's own principal: its SCRAM user between listeners, its PLAIN user towards the controller. */
export const BROKER_PRINCIPAL = 'broker';
/** The one human/tool super user: makes users and ACLs (`npm run kafka:credentials`), tests that must. */
export const ADMIN_PRINCIPAL = 'admin';
export const SERVICES: readonly ServiceName[] = ['grid', 'enterprise', 'appeal', 'volunteer'];

/** Both SCRAM mechanisms are enabled; every user gets a credential for each, with one password. */
export const SCRAM_MECHANISMS = ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

/** 24 random bytes, base64url: no `,`, `]`, `=` or quote, so it fits StorageTool's and JAAS' syntax as is. */
export function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

export function newCredentials(username: string): KafkaCredentials {
  return { username, password: newPassword(), mechanism: 'scram-sha-256' };
}

/** The principals every broker has from its first start: itself, admin, the four services. */
export function bootstrapPrincipals(): string[] {
  return [BROKER_PRINCIPAL, ADMIN_PRINCIPAL, ...SERVICES.map(servicePrincipal)];
}

/** A principal's credentials file, made with a new password when there is none. */
export function credentialsOrNew(principal: string): KafkaCredentials {
  const existing = readKafkaCredentials(principal);
  if (existing) return existing;
  const created = newCredentials(principal);
  writeKafkaCredentials(principal, created);
  return created;
}

/** `kafka-storage format --add-scram` arguments: each bootstrap principal, both mechanisms. */
export function addScramArguments(credentials: readonly KafkaCredentials[]): string[] {
  return credentials.flatMap(({ username, password }) =>
    SCRAM_MECHANISMS.flatMap((mechanism) => [
      '--add-scram',
      `${mechanism}=[name=${username},password=${password}]`,
    ]),
  );
}

/** A JAAS option value, quoted. */
const quoted = (value: string): string => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * The broker's security settings (see tools/kafka/README.md): the client listener speaks
 * SASL_PLAINTEXT with SCRAM only; the controller listener SASL_PLAINTEXT with PLAIN and one static user,
 * the broker itself (SCRAM cannot sign in to a KRaft controller: its credentials live in the metadata
 * the controller serves); StandardAuthorizer refuses whatever no ACL allows; super users are the broker
 * and admin only.
 */
export function securitySettings(
  broker: KafkaCredentials,
): ReadonlyArray<readonly [string, string]> {
  const scramJaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username=${quoted(broker.username)} password=${quoted(broker.password)};`;
  return [
    ['listener.security.protocol.map', 'CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT'],
    ['inter.broker.listener.name', 'CLIENT'],
    ['sasl.mechanism.inter.broker.protocol', 'SCRAM-SHA-256'],
    ['listener.name.client.sasl.enabled.mechanisms', SCRAM_MECHANISMS.join(',')],
    ['listener.name.client.scram-sha-256.sasl.jaas.config', scramJaas],
    ['listener.name.client.scram-sha-512.sasl.jaas.config', scramJaas],
    ['sasl.mechanism.controller.protocol', 'PLAIN'],
    ['listener.name.controller.sasl.enabled.mechanisms', 'PLAIN'],
    [
      'listener.name.controller.plain.sasl.jaas.config',
      `org.apache.kafka.common.security.plain.PlainLoginModule required username=${quoted(broker.username)} password=${quoted(broker.password)} user_${broker.username}=${quoted(broker.password)};`,
    ],
    ['authorizer.class.name', 'org.apache.kafka.metadata.authorizer.StandardAuthorizer'],
    ['allow.everyone.if.no.acl.found', 'false'],
    ['super.users', `User:${BROKER_PRINCIPAL};User:${ADMIN_PRINCIPAL}`],
  ];
}

/** Admin client properties for the broker's Java tools, signed in as `credentials`. */
export function javaClientProperties(bootstrap: string, credentials: KafkaCredentials): string {
  return [
    `bootstrap.servers=${bootstrap}`,
    'security.protocol=SASL_PLAINTEXT',
    `sasl.mechanism=${credentials.mechanism.toUpperCase()}`,
    `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=${quoted(credentials.username)} password=${quoted(credentials.password)};`,
    '',
  ].join('\n');
}
