import { bootstrapService } from '@collections/service-runtime';
import { NotificationsConfig } from './config/notifications.config';
import { NotificationsModule } from './notifications.module';

void bootstrapService({ name: 'notifications', configClass: NotificationsConfig, rootModule: (config) => NotificationsModule.forRoot(config) });
