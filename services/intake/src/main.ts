import { bootstrapService } from '@collections/service-runtime';
import { configureIntakeApp } from './adapters/http/configure-app';
import { IntakeConfig } from './config/intake.config';
import { IntakeModule } from './intake.module';

void bootstrapService({ name: 'intake', configClass: IntakeConfig, rootModule: (config) => IntakeModule.forRoot(config), configureApp: configureIntakeApp });
