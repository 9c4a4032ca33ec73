import { describeServiceConformance } from '@collections/testing';
import { ContactCenterConfig } from '../../src/config/contact-center.config';
import { ContactCenterModule } from '../../src/contact-center.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'contact-center', configClass: ContactCenterConfig, rootModule: (config) => ContactCenterModule.forRoot(config) });
