import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the operator API as OpenAPI: the UI at /docs, the document at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Debtor-screening operator API')
      .setDescription(
        'Register imports (CSV, streamed; a report names every bad row) and the manual review queue of uncertain register matches. ' +
          'Authenticate with `X-Operator-Token`. Errors are application/problem+json with a stable `code`.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
