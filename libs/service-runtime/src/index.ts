export { bootstrapService, type ServiceDefinition } from './bootstrap-service';
export { ClockModule } from './clock/clock.module';
export { OPERATOR_TOKEN, OperatorAuthGuard } from './operator-auth.guard';
export { BatchPoller } from './batch-poller';
