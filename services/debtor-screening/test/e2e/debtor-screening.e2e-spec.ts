import { describeServiceConformance } from '@collections/testing';
import { DebtorScreeningConfig } from '../../src/config/debtor-screening.config';
import { DebtorScreeningModule } from '../../src/debtor-screening.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'debtor-screening', configClass: DebtorScreeningConfig, rootModule: (config) => DebtorScreeningModule.forRoot(config) });
