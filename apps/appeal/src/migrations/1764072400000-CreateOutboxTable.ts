import { createOutboxTable, dropOutboxTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The appeal service's outbox: events written in the same transaction as the change, published by the relay. */
export class CreateOutboxTable1764072400000 implements MigrationInterface {
  name = 'CreateOutboxTable1764072400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
