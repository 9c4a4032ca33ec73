import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A direct payment the agency asked the creditor to report (InformationRequested, topic DIRECT_PAYMENT) names the request. */
export class AddDirectPaymentReply1700001100000 implements MigrationInterface {
  name = 'AddDirectPaymentReply1700001100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE direct_payment_reports ADD COLUMN in_reply_to uuid`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE direct_payment_reports DROP COLUMN in_reply_to`);
  }
}
