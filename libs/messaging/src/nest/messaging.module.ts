import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { KafkaPublisher } from '../transport/kafka-publisher';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '@collections/clock';
import { loadKafkaSecurity, type KafkaClientSecurity } from '@collections/observability';
import { EventConsumer, type EventConsumerOptions } from '../consumer/event-consumer';
import { catalogLookup, type EventTypeLookup } from '../envelope/event-codec';
import { OutboxRelay, type OutboxRelayOptions } from '../outbox/outbox-relay';
import { OutboxWriter } from '../outbox/outbox-writer';
import { KafkaTransport } from '../transport/kafka-transport';
import { describeKafkaSecurity } from '../transport/kafka-security';
import { HandlerDiscovery } from './handler-discovery';
import { KafkaReadiness } from './kafka-readiness';

export interface MessagingModuleOptions {
  /** The producing service; becomes the CloudEvents source `/collections/<service>`. */
  service: string;
  brokers: string[];
  /**
   * SASL and TLS of every Kafka client (producer, consumers, admin, readiness). Defaults to the
   * environment's KAFKA_SASL_* and KAFKA_SSL* variables, which ServiceConfig validated at start-up.
   */
  security?: KafkaClientSecurity;
  /** The service's database URL, for the relay's LISTEN connection. */
  databaseUrl: string;
  /** Defaults to `<service>.events`. Classes marked @ConsumerGroup(name) get a consumer of their own in that group. */
  consumerGroup?: string;
  consumer?: Partial<Omit<EventConsumerOptions, 'group' | 'topics' | 'handlers' | 'lookup' | 'outbox'>>;
  relay?: OutboxRelayOptions;
  clock?: Clock;
  lookup?: EventTypeLookup;
}

const OPTIONS = Symbol('MESSAGING_OPTIONS');
const PRODUCER = Symbol('MESSAGING_PRODUCER');

/** Starts the relay and the consumer once the app is up; stops them, in order, before the database closes. */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(PRODUCER) private readonly producer: KafkaPublisher,
    private readonly transport: KafkaTransport,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly discovery: HandlerDiscovery,
    private readonly readiness: KafkaReadiness,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    await this.relay.start();
    const defaultGroup = this.options.consumerGroup ?? `${this.options.service}.events`;
    const lookup = this.options.lookup ?? catalogLookup;
    for (const [group, handlers] of this.discovery.discoverByGroup(defaultGroup)) {
      const topics = [...new Set([...handlers.keys()].map((type) => lookup(type)?.topic))];
      if (topics.includes(undefined)) throw new Error('a @HandlesEvent type has no topic in the contracts catalogue');
      const consumer = new EventConsumer(this.transport, this.dataSource, this.producer, {
        group,
        topics: topics as string[],
        handlers,
        lookup,
        outbox: this.outbox,
        log: (level, message, ids) => this.logger[level === 'info' ? 'log' : level]({ msg: message, ...ids }),
        // The service's consumer settings (hooks such as onParked) are its main group's; other groups keep the defaults.
        ...(group === defaultGroup ? this.options.consumer : {}),
      });
      await consumer.start();
      this.consumers.push(consumer);
      this.logger.log({ msg: 'consuming', group: consumer.group, topics, eventTypes: [...handlers.keys()] });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    await this.relay.stop();
    await this.producer.disconnect();
    await this.readiness.close();
    this.logger.log('consumer stopped and outbox flushed');
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const logger = new Logger('OutboxRelay');
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: KafkaTransport,
          useFactory: () => {
            const security = options.security ?? loadKafkaSecurity(process.env);
            new Logger('Messaging').log({ msg: 'kafka clients', brokers: options.brokers, ...describeKafkaSecurity(security) });
            return new KafkaTransport({ brokers: options.brokers, clientId: options.service, security });
          },
        },
        { provide: PRODUCER, inject: [KafkaTransport], useFactory: (transport: KafkaTransport) => transport.createProducer() },
        {
          provide: OutboxWriter,
          inject: [{ token: Clock, optional: true }],
          useFactory: (injected?: Clock) => {
            const clock = options.clock ?? injected ?? new SystemClock();
            return new OutboxWriter({ source: `/collections/${options.service}`, now: () => clock.now(), lookup: options.lookup ?? catalogLookup });
          },
        },
        {
          provide: OutboxRelay,
          inject: [DataSource, PRODUCER],
          useFactory: (dataSource: DataSource, producer: KafkaPublisher) =>
            new OutboxRelay(dataSource, producer, options.databaseUrl, {
              onError: (error) => logger.warn({ msg: 'relay pass failed; retrying', error: (error as Error).message }),
              ...options.relay,
            }),
        },
        { provide: KafkaReadiness, inject: [KafkaTransport], useFactory: (transport: KafkaTransport) => new KafkaReadiness(transport) },
        HandlerDiscovery,
        MessagingLifecycle,
      ],
      exports: [OutboxWriter, KafkaReadiness, KafkaTransport],
    };
  }
}
