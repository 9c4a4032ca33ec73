import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ensureDefaultMetrics } from './default-metrics.collector';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';

/** `GET /metrics`, Node's default metrics, and the HTTP request duration histogram. */
@Module({ controllers: [MetricsController] })
export class MetricsModule implements NestModule {
  constructor() {
    ensureDefaultMetrics();
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
