// Every persisted setting, with its default and why it exists.
import { DEFAULT_CASE_ID } from '../domain/case';
import type { Locale } from '../domain/language';
import type { PanelIntent } from '../domain/panelIntent';
import { TIMESTAMPS_OFF, type TimestampSettings } from '../domain/timestamp/authorities';
import type { ProofpackDb } from './db';

export const SETTINGS = {
  /** The case new captures go to; the default case until the user makes or picks one. */
  currentCaseId: DEFAULT_CASE_ID as string,
  /** The panel's language chosen by the user ('' follows the browser). */
  uiLanguage: '' as '' | Locale,
  /** The panel's theme ('auto' follows the system). */
  theme: 'auto' as 'auto' | 'light' | 'dark',
  /** Reminder keys already notified, so a passed deadline is announced once (see background/reminders.ts). */
  notifiedReminders: [] as string[],
  /** Whether each screenshot also keeps the page itself (MHTML, or a DOM snapshot on Firefox). */
  savePageArchive: true as boolean,
  /** *Capture chat* also takes a screenshot of the tab at the same moment, linked to the transcript. */
  chatScreenshot: true as boolean,
  /** Where the panel should open next (set by a reminder click; consumed by the panel). */
  panelIntent: null as PanelIntent | null,
  /** Trusted timestamps (issue 15): off until the user turns them on and picks an authority. */
  timestamps: TIMESTAMPS_OFF as TimestampSettings,
} as const;

export type SettingKey = keyof typeof SETTINGS;

export type SettingValue<K extends SettingKey> = K extends 'panelIntent'
  ? PanelIntent | null
  : K extends 'notifiedReminders'
    ? string[]
    : (typeof SETTINGS)[K];

export async function readSetting<K extends SettingKey>(db: ProofpackDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return (row?.value as SettingValue<K> | undefined) ?? (SETTINGS[key] as SettingValue<K>);
}

export async function writeSetting<K extends SettingKey>(
  db: ProofpackDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put({ key, value });
}
