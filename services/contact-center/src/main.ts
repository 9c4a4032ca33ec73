import { bootstrapService } from '@collections/service-runtime';
import { configureContactCenterApp } from './adapters/http/configure-app';
import { ContactCenterConfig } from './config/contact-center.config';
import { ContactCenterModule } from './contact-center.module';

void bootstrapService({ name: 'contact-center', configClass: ContactCenterConfig, rootModule: (config) => ContactCenterModule.forRoot(config), configureApp: configureContactCenterApp });
