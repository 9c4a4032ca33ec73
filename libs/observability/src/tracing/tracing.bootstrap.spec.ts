import { Controller, Get, Logger, Module, Param, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { tracing } from '@opentelemetry/sdk-node';
import request from 'supertest';
import { LogCaptureStream } from '../logging/log-capture.stream';
import { LoggingModule } from '../logging/logging.module';
import { useStructuredLogger } from '../logging/structured-logger.setup';
import { startTracing, type TracingHandle } from './tracing.bootstrap';

const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01`;

@Controller('cases')
class CasesController {
  private readonly logger = new Logger(CasesController.name);

  @Get(':id')
  async find(@Param('id') id: string): Promise<{ id: string }> {
    // An await in between: the trace context must survive async hops.
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.logger.log('case looked up');
    return { id };
  }
}

@Module({ controllers: [CasesController] })
class CasesModule {}

describe('startTracing with TraceContextMiddleware', () => {
  let exporter: tracing.InMemorySpanExporter;
  let handle: TracingHandle;
  let app: INestApplication;
  let logs: LogCaptureStream;

  beforeEach(async () => {
    exporter = new tracing.InMemorySpanExporter();
    handle = startTracing({ serviceName: 'dunning', spanExporter: exporter });
    logs = new LogCaptureStream();
    const moduleRef = await Test.createTestingModule({
      imports: [LoggingModule.forRoot({ service: 'dunning', destination: logs }), CasesModule],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    useStructuredLogger(app);
    await app.init();
  });

  afterEach(async () => {
    await app.close();
    await handle.shutdown();
  });

  it('continues the caller trace with a server span named after the route template', async () => {
    await request(app.getHttpServer()).get('/cases/case-9').set('traceparent', TRACEPARENT).expect(200);

    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span?.name).toBe('GET /cases/:id');
    expect(span?.kind).toBe(SpanKind.SERVER);
    expect(span?.spanContext().traceId).toBe(CALLER_TRACE_ID);
    expect(span?.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
    expect(span?.attributes).toMatchObject({ 'http.route': '/cases/:id', 'http.response.status_code': 200 });
  });

  it('puts the trace and span ids on handler and access log lines', async () => {
    await request(app.getHttpServer()).get('/cases/case-9').set('traceparent', TRACEPARENT).expect(200);

    const serverSpanId = exporter.getFinishedSpans()[0]?.spanContext().spanId;
    expect(serverSpanId).toMatch(/^[0-9a-f]{16}$/);
    const expected = { traceId: CALLER_TRACE_ID, spanId: serverSpanId };
    expect(logs.lines().find((line) => line['msg'] === 'case looked up')).toMatchObject(expected);
    expect(logs.lines().find((line) => line['msg'] === 'request completed')).toMatchObject(expected);
  });

  it('starts a new trace when the caller sends no traceparent', async () => {
    await request(app.getHttpServer()).get('/cases/case-9').expect(200);

    const [span] = exporter.getFinishedSpans();
    expect(span?.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(span?.spanContext().traceId).not.toBe(CALLER_TRACE_ID);
    expect(span?.parentSpanContext).toBeUndefined();
    expect(logs.lines().find((line) => line['msg'] === 'case looked up')?.['traceId']).toBe(
      span?.spanContext().traceId,
    );
  });

  it('registers the W3C propagator so outgoing messages can carry traceparent', () => {
    const span = trace.getTracer('test').startSpan('publish');
    const carrier: Record<string, string> = {};

    propagation.inject(trace.setSpan(context.active(), span), carrier);
    span.end();

    expect(carrier['traceparent']).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
  });

  it('refuses a second start until the first is shut down', async () => {
    expect(() => startTracing({ serviceName: 'dunning' })).toThrow('already called');

    await handle.shutdown();
    const second = startTracing({ serviceName: 'dunning' });
    await second.shutdown();
  });
});
