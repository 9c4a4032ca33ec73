import { describeServiceConformance } from '@collections/testing';
import { DunningConfig } from '../../src/config/dunning.config';
import { DunningModule } from '../../src/dunning.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'dunning', configClass: DunningConfig, rootModule: (config) => DunningModule.forRoot(config) });
