import { bootstrapService } from '@collections/service-runtime';
import { serveOpenApi } from './adapters/http/openapi';
import { IntakeConfig } from './config/intake.config';
import { IntakeModule } from './intake.module';

void bootstrapService({ name: 'intake', configClass: IntakeConfig, rootModule: (config) => IntakeModule.forRoot(config), configureApp: serveOpenApi });
