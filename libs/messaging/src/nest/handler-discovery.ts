import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { EventBatchItem, EventHandlerFn } from '../consumer/event-handler';
import { CONSUMER_GROUP, HANDLES_EVENT, HANDLES_EVENT_BATCH } from './handles-event.decorator';

/**
 * Finds every @HandlesEvent method in the application, by consumer group (the service's default
 * group unless the class says @ConsumerGroup); one handler per event type and group.
 */
@Injectable()
export class HandlerDiscovery {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  discover(): Map<string, EventHandlerFn> {
    return this.discoverByGroup('').get('') ?? new Map();
  }

  discoverByGroup(defaultGroup: string): Map<string, Map<string, EventHandlerFn>> {
    const groups = new Map<string, Map<string, EventHandlerFn>>();
    const owners = new Map<string, string>();
    for (const wrapper of [...this.discovery.getProviders(), ...this.discovery.getControllers()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      const group = this.reflector.get<string | undefined>(CONSUMER_GROUP, prototype.constructor) ?? defaultGroup;
      const handlers = groups.get(group) ?? new Map<string, EventHandlerFn>();
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[name];
        if (typeof method !== 'function') continue;
        const declared = this.reflector.get<string | string[] | undefined>(HANDLES_EVENT, method);
        if (!declared) continue;
        const owner = `${prototype.constructor.name}.${name}`;
        // One function per method: the chunk applier batches consecutive events with the same handler,
        // so every type of a multi-type batch handler joins the same batch.
        let handler: EventHandlerFn;
        if (this.reflector.get<boolean | undefined>(HANDLES_EVENT_BATCH, method)) {
          const batch = (items: EventBatchItem[]) => method.call(instance, items) as Promise<void>;
          handler = Object.assign((data: unknown, context: EventBatchItem['context']) => batch([{ data, context }]), { batch });
        } else {
          handler = (data, context) => method.call(instance, data, context);
        }
        for (const type of Array.isArray(declared) ? declared : [declared]) {
          const key = `${group}\u0000${type}`;
          if (owners.has(key)) throw new Error(`${type} has two handlers${group ? ` in group ${group}` : ''}: ${owners.get(key)} and ${owner}`);
          owners.set(key, owner);
          handlers.set(type, handler);
        }
      }
      if (handlers.size > 0) groups.set(group, handlers);
    }
    return groups;
  }
}
