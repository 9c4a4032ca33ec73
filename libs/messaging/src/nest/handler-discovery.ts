import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { EventBatchItem, EventHandlerFn } from '../consumer/event-handler';
import { HANDLES_EVENT, HANDLES_EVENT_BATCH } from './handles-event.decorator';

/** Finds every @HandlesEvent method in the application; one handler per event type and service. */
@Injectable()
export class HandlerDiscovery {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  discover(): Map<string, EventHandlerFn> {
    const handlers = new Map<string, EventHandlerFn>();
    const owners = new Map<string, string>();
    for (const wrapper of [...this.discovery.getProviders(), ...this.discovery.getControllers()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[name];
        if (typeof method !== 'function') continue;
        const type = this.reflector.get<string | undefined>(HANDLES_EVENT, method);
        if (!type) continue;
        const owner = `${prototype.constructor.name}.${name}`;
        if (owners.has(type)) throw new Error(`${type} has two handlers: ${owners.get(type)} and ${owner}`);
        owners.set(type, owner);
        if (this.reflector.get<boolean | undefined>(HANDLES_EVENT_BATCH, method)) {
          const batch = (items: EventBatchItem[]) => method.call(instance, items) as Promise<void>;
          handlers.set(type, Object.assign((data: unknown, context: EventBatchItem['context']) => batch([{ data, context }]), { batch }));
        } else {
          handlers.set(type, (data, context) => method.call(instance, data, context));
        }
      }
    }
    return handlers;
  }
}
