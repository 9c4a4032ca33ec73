export * from './consultant-reply';
