import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { node, NodeSDK, resources, tracing } from '@opentelemetry/sdk-node';

export interface TracingOptions {
  readonly serviceName: string;
  /** OTLP/HTTP base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`); `/v1/traces` is appended. */
  readonly otlpEndpoint?: string;
  /**
   * Exports finished spans synchronously to this exporter instead of OTLP. For tests
   * (`tracing.InMemorySpanExporter` from `@opentelemetry/sdk-node`) and local debugging.
   */
  readonly spanExporter?: tracing.SpanExporter;
}

export interface TracingHandle {
  /** Flushes pending spans and unregisters the global tracer, context manager and propagator. */
  shutdown(): Promise<void>;
}

let active: TracingHandle | undefined;

/**
 * Call first thing in `main.ts`, before Nest is created. Always installs an AsyncLocalStorage
 * context manager and the W3C trace-context propagator, so `traceparent` flows through requests
 * and into log lines even with no collector; with `otlpEndpoint`, spans are also exported.
 * There is no auto-instrumentation (that needs packages the workspace does not have): server
 * spans come from `TraceContextMiddleware`.
 */
export function startTracing(options: TracingOptions): TracingHandle {
  if (active) throw new Error('startTracing() was already called in this process; call shutdown() first');
  const propagator = new W3CTraceContextPropagator();
  // In both branches the SDK registers its default context manager, AsyncLocalStorage.

  let stop: () => Promise<void>;
  if (options.otlpEndpoint !== undefined && options.spanExporter === undefined) {
    const sdk = new NodeSDK({
      serviceName: options.serviceName,
      traceExporter: new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }),
      textMapPropagator: propagator,
      instrumentations: [],
      // Without this the SDK would start an OTLP log exporter from the OTEL_* environment.
      logRecordProcessors: [],
    });
    sdk.start();
    stop = () => sdk.shutdown();
  } else {
    const provider = new node.NodeTracerProvider({
      resource: resources.resourceFromAttributes({ 'service.name': options.serviceName }),
      spanProcessors: options.spanExporter ? [new tracing.SimpleSpanProcessor(options.spanExporter)] : [],
    });
    provider.register({ propagator });
    stop = () => provider.shutdown();
  }

  const handle: TracingHandle = {
    async shutdown() {
      if (active !== handle) return;
      active = undefined;
      try {
        await stop();
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
  active = handle;
  return handle;
}
