import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AdjustableClock, Clock, SystemClock } from '@collections/clock';
import { OperatorClockController } from './operator-clock.controller';

/**
 * Provides the one injectable Clock. In production it is the system clock and no operator
 * endpoint exists; elsewhere it can be advanced through POST /ops/clock/advance.
 */
@Global()
@Module({})
export class ClockModule {
  static forRoot({ production, clock }: { production: boolean; clock?: Clock }): DynamicModule {
    const instance = clock ?? (production ? new SystemClock() : new AdjustableClock());
    const adjustable = !production && instance instanceof AdjustableClock;
    return {
      module: ClockModule,
      controllers: adjustable ? [OperatorClockController] : [],
      providers: [{ provide: Clock, useValue: instance }],
      exports: [Clock],
    };
  }
}
