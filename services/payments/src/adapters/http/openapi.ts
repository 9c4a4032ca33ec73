import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the payments API as OpenAPI: the UI at /docs, the document at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Payments API')
      .setDescription(
        'Gateway receipts (HMAC-signed webhooks), bank statement imports (camt.053/054), cheques, the suspense queue, case ledgers, creditor terms, ' +
          'remittances with their payment files (pain.001: SEPA in EUR, non-SEPA in other currencies) and statements, refunds of overpayments to debtors ' +
          '(`POST /ops/cases/{caseId}/refunds` with an `Idempotency-Key`; 422 with `errors[].field` for no refund due, an amount above it, another currency or a bad IBAN), ' +
          'fee invoices and the daily run. Operator endpoints need `X-Operator-Token`. ' +
          'Errors are application/problem+json with a stable `code`.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
