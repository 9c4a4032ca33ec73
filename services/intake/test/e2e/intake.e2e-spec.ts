import { describeServiceConformance } from '@collections/testing';
import { IntakeConfig } from '../../src/config/intake.config';
import { IntakeModule } from '../../src/intake.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'intake', configClass: IntakeConfig, rootModule: (config) => IntakeModule.forRoot(config) });
