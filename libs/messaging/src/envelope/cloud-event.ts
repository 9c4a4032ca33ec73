import { EnvelopeError } from '../errors/message-errors';

/**
 * The CloudEvents 1.0 attributes we put on every event (Kafka protocol binding, binary mode:
 * each attribute is a `ce_<name>` header, the content type is `content-type`, the payload is the
 * protobuf bytes and the Kafka key is the case id).
 */
export interface CloudEventAttributes {
  id: string;
  source: string;
  type: string;
  specversion: '1.0';
  time?: string;
  subject?: string;
  datacontenttype?: string;
  /** Distributed-tracing extension (W3C trace context). */
  traceparent?: string;
  tracestate?: string;
  /** The request or event that started the chain, and the one that directly caused this event. */
  correlationid?: string;
  causationid?: string;
}

export const PROTOBUF_CONTENT_TYPE = 'application/protobuf';
const REQUIRED = ['id', 'source', 'type', 'specversion'] as const;
const OPTIONAL = ['time', 'subject', 'traceparent', 'tracestate', 'correlationid', 'causationid'] as const;
/** Each attribute with its header name, spelled once: every message read looks them all up. */
const REQUIRED_HEADERS = REQUIRED.map((name) => [name, `ce_${name}`] as const);
const OPTIONAL_HEADERS = OPTIONAL.map((name) => [name, `ce_${name}`] as const);

export type KafkaHeaders = Record<string, string>;

export function toKafkaHeaders(attributes: CloudEventAttributes): KafkaHeaders {
  const headers: KafkaHeaders = {};
  for (const name of [...REQUIRED, ...OPTIONAL]) {
    const value = attributes[name];
    if (value !== undefined) headers[`ce_${name}`] = value;
  }
  headers['content-type'] = attributes.datacontenttype ?? PROTOBUF_CONTENT_TYPE;
  return headers;
}

/** Kafka header values arrive as Buffers (or arrays of them when a header repeats). */
export function headersToStrings(raw: Record<string, unknown> | undefined): KafkaHeaders {
  const headers: KafkaHeaders = {};
  if (!raw) return headers;
  for (const name in raw) {
    if (!Object.hasOwn(raw, name)) continue;
    const value = raw[name];
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last === undefined || last === null) continue;
    headers[name] = Buffer.isBuffer(last) ? last.toString('utf8') : String(last);
  }
  return headers;
}

export function fromKafkaHeaders(headers: KafkaHeaders): CloudEventAttributes {
  const missing = REQUIRED_HEADERS.filter(([, header]) => !headers[header]);
  if (missing.length > 0) {
    throw new EnvelopeError(`missing CloudEvents header(s): ${missing.map(([, header]) => header).join(', ')}`);
  }
  if (headers.ce_specversion !== '1.0') {
    throw new EnvelopeError(`unsupported CloudEvents specversion "${headers.ce_specversion}" (expected 1.0)`);
  }
  const contentType = headers['content-type'] ?? PROTOBUF_CONTENT_TYPE;
  if (!contentType.startsWith(PROTOBUF_CONTENT_TYPE)) {
    throw new EnvelopeError(`unsupported content-type "${contentType}" (expected ${PROTOBUF_CONTENT_TYPE})`);
  }
  if (headers.ce_time !== undefined && Number.isNaN(Date.parse(headers.ce_time))) {
    throw new EnvelopeError(`ce_time "${headers.ce_time}" is not an RFC 3339 timestamp`);
  }
  const attributes: CloudEventAttributes = {
    id: headers.ce_id,
    source: headers.ce_source,
    type: headers.ce_type,
    specversion: '1.0',
    datacontenttype: contentType,
  };
  for (const [name, header] of OPTIONAL_HEADERS) {
    const value = headers[header];
    if (value !== undefined) attributes[name] = value;
  }
  return attributes;
}
