// The platform driver: run and drive all six services from a test or the demo (README.md).
export { Platform, type PlatformOptions } from './platform';
export { SERVICE_NAMES, ServiceProcess, type ServiceName } from './service-process';
export { deployedNodeFlags, serviceCommand, type ServiceCommand, type ServiceRuntime } from './service-command';
export { EventLog, type PlatformEvent } from './event-log';
export { MailSink } from './mail-sink';
export { QuietWatch, type PlatformBacklog, type QuietOptions } from './quiet-watch';
export { HttpError, httpJson, type HttpAnswer, type HttpRequest } from './http-json';
export { CreditorClient, type CaseSubmission, type CaseView, type InstructionKind, type PendingDecision, type TimelineEntry } from './clients/creditor.client';
export { AgentClient, type AgentTask, type Money, type Outcome, type OutcomeResult } from './clients/agent.client';
export { GatewayClient } from './clients/gateway.client';
export { BankClient, camt054, type BankCredit } from './clients/bank.client';
export { RegistersClient, type RegisterRow } from './clients/registers.client';
export { OperatorClient } from './clients/operator.client';
