import { describeServiceConformance } from '@collections/testing';
import { PaymentsConfig } from '../../src/config/payments.config';
import { PaymentsModule } from '../../src/payments.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'payments', configClass: PaymentsConfig, rootModule: (config) => PaymentsModule.forRoot(config) });
