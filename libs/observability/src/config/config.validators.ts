import { registerDecorator, type ValidationOptions } from 'class-validator';

// A DNS name, an IPv4 address or a bracketed IPv6 address, followed by a port.
const BROKER_PATTERN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$/;

/** Splits a comma-separated variable into trimmed, non-empty items. */
export function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function isBrokerAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = BROKER_PATTERN.exec(value);
  if (!match) return false;
  const port = Number(match[1]);
  return port >= 1 && port <= 65535;
}

export function isPostgresUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Non-empty list of `host:port` Kafka bootstrap addresses. */
export function IsBrokerList(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBrokerList',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isBrokerAddress),
      },
    });
}

/** `postgres://` or `postgresql://` URL with a host. */
export function IsPostgresUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPostgresUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: isPostgresUrl },
    });
}
