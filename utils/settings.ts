/**
 * Settings, one import for the extension's pages: each job lives in a file named for it.
 * - ./settings-schema: every setting, its default, limits, validation, versions, migrations (no browser API);
 * - ./settings-import-export: the JSON file (no browser API);
 * - ./settings-storage: reading, writing and watching storage.sync and storage.local;
 * - ./team-deploy: the admin's settings from storage.managed, on top of the user's;
 * - ./box-frame: which frame of a tab holds its focused reply box;
 * - ./switch: "is the coach on here?", the one place that decides it.
 * Drafts and customer messages are never stored.
 */
export * from './settings-schema';
export * from './settings-import-export';
export * from './settings-storage';
export * from './team-deploy';
export * from './box-frame';
export { coachOnFor } from './switch';
