import { bootstrapService } from '@collections/service-runtime';
import { __Name__Config } from './config/__name__.config';
import { __Name__Module } from './__name__.module';

void bootstrapService({ name: '__name__', configClass: __Name__Config, rootModule: (config) => __Name__Module.forRoot(config) });
