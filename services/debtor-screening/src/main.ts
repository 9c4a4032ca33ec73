import { bootstrapService } from '@collections/service-runtime';
import { DebtorScreeningConfig } from './config/debtor-screening.config';
import { DebtorScreeningModule } from './debtor-screening.module';

void bootstrapService({ name: 'debtor-screening', configClass: DebtorScreeningConfig, rootModule: (config) => DebtorScreeningModule.forRoot(config) });
