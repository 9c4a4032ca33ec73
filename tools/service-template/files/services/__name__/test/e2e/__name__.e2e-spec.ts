import { describeServiceConformance } from '@collections/testing';
import { __Name__Config } from '../../src/config/__name__.config';
import { __Name__Module } from '../../src/__name__.module';

// Health, metrics, migrations, operator clock and start-up validation, as every service must have.
describeServiceConformance({ name: '__name__', configClass: __Name__Config, rootModule: (config) => __Name__Module.forRoot(config) });
