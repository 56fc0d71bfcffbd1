import { AlertsService } from './alerts/service.js';
import { CalibrationService } from './calibration/service.js';
import { CommandsService } from './commands/service.js';
import type { HubCore } from './core.js';
import { DevicesService } from './devices/service.js';
import { HistoryService } from './history/service.js';
import { HydrometersService } from './hydrometers/service.js';
import { IngestService } from './ingest/service.js';
import { ReplicationService } from './replication/service.js';
import { BackupService } from './ops/backup.js';
import { SessionsService } from './sessions/service.js';
import { SourcesService } from './sources/service.js';
import { TargetsService } from './targets/service.js';

/**
 * One service per feature: the only code that writes through the store for its use cases,
 * records the audit entry and emits the bus event. Routers, the Home Assistant command handler,
 * the hydrometer endpoints and the jobs are adapters that validate, call a service and shape
 * the answer. A service depends only on the core and on services listed before it.
 */
export interface HubServices {
  commands: CommandsService;
  targets: TargetsService;
  devices: DevicesService;
  sessions: SessionsService;
  ingest: IngestService;
  alerts: AlertsService;
  hydrometers: HydrometersService;
  calibration: CalibrationService;
  history: HistoryService;
  backup: BackupService;
  replication: ReplicationService;
  sources: SourcesService;
}

/** Builds the services of one hub, each given the services it uses. */
export function createServices(core: HubCore): HubServices {
  const commands = new CommandsService(core);
  const targets = new TargetsService(core, commands);
  const sessions = new SessionsService(core, targets);
  return {
    commands,
    targets,
    devices: new DevicesService(core, targets),
    sessions,
    ingest: new IngestService(core, commands),
    alerts: new AlertsService(core),
    hydrometers: new HydrometersService(core, sessions, targets),
    calibration: new CalibrationService(core),
    history: new HistoryService(core),
    backup: new BackupService(core),
    replication: new ReplicationService(core),
    sources: new SourcesService(core),
  };
}
