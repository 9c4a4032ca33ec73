import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { CaseOpenedSchema, CaseWithdrawnSchema } from '@collections/contracts';
import { ConsumerGroup, HandlesEvent, HandlesEventBatch } from './handles-event.decorator';
import { HandlerDiscovery } from './handler-discovery';

@Injectable()
class MainHandlers {
  readonly seen: string[] = [];
  @HandlesEvent(CaseOpenedSchema)
  async onOpened() {
    this.seen.push('main');
  }
}

@ConsumerGroup('svc.projection')
@Injectable()
class ProjectionHandlers {
  readonly seen: string[] = [];
  @HandlesEvent(CaseOpenedSchema)
  async onOpened() {
    this.seen.push('projection');
  }

  @HandlesEvent(CaseWithdrawnSchema)
  async onWithdrawn() {
    this.seen.push('projection-withdrawn');
  }
}

@ConsumerGroup('svc.projection')
@Injectable()
class SecondProjection {
  @HandlesEvent(CaseOpenedSchema)
  async onOpened() {}
}

async function discovery(...providers: Array<new () => object>) {
  const moduleRef = await Test.createTestingModule({ imports: [DiscoveryModule], providers: [HandlerDiscovery, ...providers] }).compile();
  return moduleRef.get(HandlerDiscovery);
}

describe('HandlerDiscovery by consumer group', () => {
  it('puts a @ConsumerGroup class in its own group, so one event type can have a handler in each', async () => {
    const groups = (await discovery(MainHandlers, ProjectionHandlers)).discoverByGroup('svc.main');
    expect([...groups.keys()].sort()).toEqual(['svc.main', 'svc.projection']);
    expect([...groups.get('svc.main')!.keys()]).toEqual([CaseOpenedSchema.typeName]);
    expect([...groups.get('svc.projection')!.keys()].sort()).toEqual([CaseOpenedSchema.typeName, CaseWithdrawnSchema.typeName].sort());
  });

  it('refuses two handlers of one event type in the same group', async () => {
    await expect(async () => (await discovery(ProjectionHandlers, SecondProjection)).discoverByGroup('svc.main')).rejects.toThrow(
      `${CaseOpenedSchema.typeName} has two handlers in group svc.projection: ProjectionHandlers.onOpened and SecondProjection.onOpened`,
    );
  });
});

@ConsumerGroup('svc.timeline')
@Injectable()
class TimelineHandlers {
  @HandlesEventBatch(CaseOpenedSchema, CaseWithdrawnSchema)
  async onEvents() {}
}

describe('a batch handler of several event types', () => {
  it('is one handler for all its types, so the chunk applier batches consecutive events of any of them together', async () => {
    const handlers = (await discovery(TimelineHandlers)).discoverByGroup('svc.main').get('svc.timeline')!;
    const opened = handlers.get(CaseOpenedSchema.typeName);
    expect(opened?.batch).toBeDefined();
    expect(handlers.get(CaseWithdrawnSchema.typeName)).toBe(opened);
  });
});
