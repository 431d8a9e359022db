export { openStorage, type Storage, type StorageOptions, type StartingPoint, type SaveReason, type SaveOutcome } from './storage';
export type { StorageNotice } from './notices';
export type { VersionInfo, HistoryLimits } from './versions';
export type { IncidentInfo } from './incidents';
export type { KeyValueStore } from './legacySaves';
export type { VersionReason } from './database';
export { coordinateTabs, type TabCoordinator, type TabEvent, type TabOptions, type TabRole } from './tabs';
