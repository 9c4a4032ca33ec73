import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the creditor and operator API as OpenAPI: the UI at /docs, the document at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Intake API')
      .setDescription(
        'The creditors\' door into the collection platform: submit cases one by one or as a bulk file, follow and withdraw them, manage API keys. ' +
          'Authenticate with `Authorization: Bearer <API key>`. Amounts are integer minor units (EUR 12.34 is 1234); dates are YYYY-MM-DD. ' +
          'Errors are application/problem+json with a stable `code` and, for rejected submissions, `errors` naming every field and reason.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
