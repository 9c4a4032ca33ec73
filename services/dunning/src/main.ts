import { bootstrapService } from '@collections/service-runtime';
import { DunningConfig } from './config/dunning.config';
import { DunningModule } from './dunning.module';

void bootstrapService({ name: 'dunning', configClass: DunningConfig, rootModule: (config) => DunningModule.forRoot(config) });
