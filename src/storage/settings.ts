// Every persisted setting, with its default and why it exists.
import { DEFAULT_CASE_ID } from '../domain/case';
import type { ProofpackDb } from './db';

export const SETTINGS = {
  /** The case new captures go to; the default case until the user makes or picks one. */
  currentCaseId: DEFAULT_CASE_ID as string,
} as const;

export type SettingKey = keyof typeof SETTINGS;

export async function readSetting<K extends SettingKey>(db: ProofpackDb, key: K): Promise<(typeof SETTINGS)[K]> {
  const row = await db.settings.get(key);
  return (row?.value as (typeof SETTINGS)[K] | undefined) ?? SETTINGS[key];
}

export async function writeSetting<K extends SettingKey>(db: ProofpackDb, key: K, value: (typeof SETTINGS)[K]): Promise<void> {
  await db.settings.put({ key, value });
}
