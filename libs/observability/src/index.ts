// Config from the environment, validated at start-up.
export { ConfigurationError, type ConfigurationProblem } from './config/configuration.error';
export { loadConfig, type LoadConfigOptions } from './config/config.loader';
export { EX_CONFIG, failFastOnConfigError, type ConfigFailureIo } from './config/config-failure.handler';
export { LOG_LEVELS, NODE_ENVS, ServiceConfig, loadKafkaSecurity, type LogLevel, type NodeEnv } from './config/service.config';
export { KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_VARIABLES, type KafkaClientSecurity, type KafkaSaslMechanism } from './config/kafka-client-security';
export { IsBrokerList, IsPostgresUrl } from './config/config.validators';

// Logging.
export { createLogger, type LoggerOptions } from './logging/logger.factory';
export { LoggingModule, type LoggingModuleOptions } from './logging/logging.module';
export { useStructuredLogger } from './logging/structured-logger.setup';
export { LogCaptureStream } from './logging/log-capture.stream';
export { PII_KEYS, REDACTED, piiRedactionPaths } from './logging/pii-redaction.paths';
export { REQUEST_ID_HEADER } from './logging/request-id.resolver';
export { InjectPinoLogger, PinoLogger } from 'nestjs-pino';

// Metrics.
export { MetricsModule } from './metrics/metrics.module';
export { getOrCreateCounter, getOrCreateGauge, getOrCreateHistogram } from './metrics/metric.factory';
export { HTTP_DURATION_METRIC } from './metrics/http-metrics.middleware';

// Health.
export { HealthModule } from './health/health.module';
export { ShutdownState } from './health/shutdown-state.service';
export type { HealthModuleOptions, ReadinessProbe, ReadinessProbeToken } from './health/readiness-probe.types';

// Tracing.
export { startTracing, type TracingHandle, type TracingOptions } from './tracing/tracing.bootstrap';
export { TraceContextMiddleware } from './tracing/trace-context.middleware';

// HTTP errors.
export { ProblemDetailsFilter } from './http/problem-details.filter';
export { createValidationPipe, flattenValidationErrors } from './http/validation-pipe.factory';
export { RequestValidationError } from './http/request-validation.error';
export { CATEGORY_STATUS, type ErrorCategory } from './http/problem-details.mapper';
export { PROBLEM_CONTENT_TYPE, type FieldError, type ProblemDetails } from './http/problem-details.types';

// Composition root.
export { ObservabilityModule, type ObservabilityModuleOptions } from './observability.module';
