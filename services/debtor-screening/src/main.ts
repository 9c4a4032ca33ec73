import { bootstrapService } from '@collections/service-runtime';
import { serveOpenApi } from './adapters/http/openapi';
import { DebtorScreeningConfig } from './config/debtor-screening.config';
import { DebtorScreeningModule } from './debtor-screening.module';

void bootstrapService({ name: 'debtor-screening', configClass: DebtorScreeningConfig, rootModule: (config) => DebtorScreeningModule.forRoot(config), configureApp: serveOpenApi });
