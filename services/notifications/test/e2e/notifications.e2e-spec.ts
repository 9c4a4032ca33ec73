import { describeServiceConformance } from '@collections/testing';
import { NotificationsConfig } from '../../src/config/notifications.config';
import { NotificationsModule } from '../../src/notifications.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: 'notifications', configClass: NotificationsConfig, rootModule: (config) => NotificationsModule.forRoot(config) });
