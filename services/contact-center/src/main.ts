import { bootstrapService } from '@collections/service-runtime';
import { ContactCenterConfig } from './config/contact-center.config';
import { ContactCenterModule } from './contact-center.module';

void bootstrapService({ name: 'contact-center', configClass: ContactCenterConfig, rootModule: (config) => ContactCenterModule.forRoot(config) });
