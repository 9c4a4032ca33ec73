export { bootstrapService, type ServiceDefinition } from './bootstrap-service';
export { ClockModule } from './clock/clock.module';
