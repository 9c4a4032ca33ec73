import { bootstrapService } from '@collections/service-runtime';
import { serveOpenApi } from './adapters/http/openapi';
import { PaymentsConfig } from './config/payments.config';
import { PaymentsModule } from './payments.module';

void bootstrapService({ name: 'payments', configClass: PaymentsConfig, rootModule: (config) => PaymentsModule.forRoot(config), configureApp: serveOpenApi });
