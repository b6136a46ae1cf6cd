// Shared setup for the emulator tests: an emulator at a fixed time with the fixture bundle loaded.
import { type Emulator, type EmulatorOptions, createEmulator, loadBundle } from '../../local/emulator';
import type { BundleHandle } from '../../local/emulator/bundle';

export const START = new Date('2025-09-01T04:00:00Z'); // 09:00 in Almaty (UTC+5)
export const OWNER = 'registrar@university.edu';

export function setup(options: EmulatorOptions = {}): { emu: Emulator; bundle: BundleHandle; g: GasGlobals } {
  const emu = createEmulator({ start: START, owner: OWNER, ...options });
  const bundle = loadBundle(emu, 'test/emulator/fixtures/build');
  return { emu, bundle, g: emu.globals() as unknown as GasGlobals };
}

/** The globals typed as the official Apps Script types, as the add-on sees them. */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
}
