// The latency model: what one Apps Script service call would cost on Google's servers, in ms.
// Sources (see docs/emulator.md for the discussion):
//  [G]  Google, "Best practices" (developers.google.com/apps-script/guides/support/best-practices):
//       setting 10,000 cells one by one takes ≈ 70 s, the same work batched ≈ 1 s.
//  [SO] Mogsdad's measurements quoted at ruby-bash.developreference.com/article/29263774: one
//       4,000-cell setValues < 50 ms; adding flush() made it ≈ 610 ms.
//  [LP] Luis Peralta, ziritione.org/post/apps_script_performance (100 runs, averages):
//       Properties getProperty 30 ms, setProperty 62 ms; Cache put 93 ms, get 3 ms.
//  [Q]  qiita.com/mitonattou919/items/a0fdd1a9e4559ee4a512: Cache put 56 ms, get 20 ms, remove 88 ms.
//  [E]  our estimate, no public measurement found (creations of Drive files are known to take
//       1–3 s; we pick the middle). Change them here if you measure better numbers.

export interface CallPrice {
  /** Fixed cost of the round trip, ms. */
  base: number;
  /** Extra cost per cell read, ms. */
  perCellRead?: number;
  /** Extra cost per cell written, ms. */
  perCellWritten?: number;
}

/** Cheap getters that Apps Script answers from its look-ahead cache ([G] mentions the caching). */
const LIGHT: CallPrice = { base: 0.5 };
/** A Sheets write call: 10,000 single-cell calls ≈ 70 s → ≈ 7 ms each [G]; batched ≈ 0.05 ms a cell [G][SO]. */
const SHEET_WRITE: CallPrice = { base: 6.5, perCellWritten: 0.05 };
/** A Sheets read call: reads are cheaper than writes [SO]; 10k cells in one getValues ≈ 0.1 s. */
const SHEET_READ: CallPrice = { base: 5, perCellRead: 0.01 };
const SHEET_STRUCTURE: CallPrice = { base: 40 }; // insert/delete rows, sheets, protections [E]

const exact: Record<string, CallPrice> = {
  'SpreadsheetApp.flush': { base: 560 }, // [SO]
  'SpreadsheetApp.Spreadsheet.insertSheet': { base: 300 }, // [E]
  'SpreadsheetApp.Spreadsheet.deleteSheet': { base: 200 }, // [E]
  'SpreadsheetApp.Spreadsheet.toast': { base: 50 }, // [E]
  'PropertiesService.Properties.getProperty': { base: 30 }, // [LP]
  'PropertiesService.Properties.getProperties': { base: 30 }, // [LP]
  'PropertiesService.Properties.getKeys': { base: 30 }, // [LP]
  'PropertiesService.Properties.setProperty': { base: 62 }, // [LP]
  'PropertiesService.Properties.setProperties': { base: 62 }, // [LP]
  'PropertiesService.Properties.deleteProperty': { base: 62 }, // [LP]
  'PropertiesService.Properties.deleteAllProperties': { base: 62 }, // [LP]
  'CacheService.Cache.get': { base: 10 }, // [LP] 3 ms, [Q] 20 ms
  'CacheService.Cache.getAll': { base: 10 },
  'CacheService.Cache.put': { base: 75 }, // [LP] 93, [Q] 56
  'CacheService.Cache.putAll': { base: 75 },
  'CacheService.Cache.remove': { base: 88 }, // [Q]
  'CacheService.Cache.removeAll': { base: 88 },
  'LockService.Lock.tryLock': { base: 50 }, // [E]
  'LockService.Lock.waitLock': { base: 50 }, // [E]
  'LockService.Lock.releaseLock': { base: 20 }, // [E]
  'ScriptApp.TriggerBuilder.create': { base: 300 }, // [E]
  'ScriptApp.SpreadsheetTriggerBuilder.create': { base: 300 },
  'ScriptApp.FormTriggerBuilder.create': { base: 300 },
  'ScriptApp.ClockTriggerBuilder.create': { base: 300 },
  'ScriptApp.getProjectTriggers': { base: 100 }, // [E]
  'ScriptApp.getUserTriggers': { base: 100 },
  'ScriptApp.deleteTrigger': { base: 200 },
  'FormApp.create': { base: 1500 }, // [E]
  'FormApp.openById': { base: 400 }, // [E]
  'DocumentApp.create': { base: 1500 }, // [E]
  'SpreadsheetApp.create': { base: 1500 }, // [E] a new file, like DocumentApp.create
  'SpreadsheetApp.openById': { base: 400 }, // [E] like DocumentApp.openById
  'SpreadsheetApp.openByUrl': { base: 400 }, // [E]
  'DocumentApp.openById': { base: 400 }, // [E]
  'DocumentApp.Document.saveAndClose': { base: 500 }, // [E]
  'DriveApp.File.makeCopy': { base: 1500 }, // [E]
  'DriveApp.File.getAs': { base: 2000 }, // [E] PDF conversion
  'DocumentApp.Document.getAs': { base: 2000 }, // [E]
  'DriveApp.Folder.createFile': { base: 800 }, // [E]
  'DriveApp.Folder.createFolder': { base: 500 }, // [E]
  'DriveApp.createFolder': { base: 500 },
  'DriveApp.createFile': { base: 800 },
  'MailApp.sendEmail': { base: 250 }, // [E]
  'HtmlService.createTemplateFromFile': { base: 20 },
  'HtmlService.createHtmlOutputFromFile': { base: 20 },
  'Utilities.sleep': { base: 0 },
  'Logger.log': { base: 0.1 },
  'console.log': { base: 0.1 },
};

const READ_METHODS = /^(getValues?|getDisplayValues?|getFormulas?|getNumberFormats?|getNotes?|getDataValidations?|getBackgrounds?|getFontWeights?|getRichTextValues?)$/;
const WRITE_METHODS = /^(set[A-Z]\w*|clear\w*|merge|appendRow|breakApart)$/;
const STRUCTURE_METHODS = /^(insert\w+|delete\w+|protect|hideSheet|showSheet|hideColumns|showColumns|autoResizeColumns|setFrozen\w+|setName|sort)$/;

/** The price of one call named like "SpreadsheetApp.Range.getValues". */
export function priceOf(key: string): CallPrice {
  const hit = exact[key];
  if (hit) return hit;
  const [service, klass, method] = key.split('.');
  const name = method ?? klass;
  if (service === 'SpreadsheetApp' && klass === 'Spreadsheet' && /^(add|remove)(Editor|Viewer)s?$/.test(name)) return { base: 150 }; // [E] sharing, like DriveApp's
  if (service === 'SpreadsheetApp' && method) {
    if (klass === 'Range' || klass === 'RangeList') {
      if (READ_METHODS.test(name)) return SHEET_READ;
      if (WRITE_METHODS.test(name)) return SHEET_WRITE;
    }
    if (klass === 'Sheet' && name === 'appendRow') return SHEET_WRITE;
    if (klass === 'Sheet' && READ_METHODS.test(name)) return SHEET_READ;
    if (STRUCTURE_METHODS.test(name) || klass === 'Protection' && /^(set|add|remove)/.test(name)) return SHEET_STRUCTURE;
    if (/^(getLastRow|getLastColumn|getDataRange)$/.test(name)) return { base: 2 };
    return LIGHT;
  }
  if (service === 'FormApp' && method && /^(add\w+Item|setChoices|setChoiceValues|setValidation|setTitle|setDescription|deleteItem|moveItem|setDestination|setPublished|setAcceptingResponses|setCollectEmail|setEmailCollectionType)$/.test(name)) return { base: 150 }; // [E]
  if (service === 'FormApp' && method && /^(getResponses|getItems)$/.test(name)) return { base: 100 }; // [E]
  if (service === 'DocumentApp' && method && /^(append\w+|insert\w+|replaceText|setText|setHeading|setAttributes|set\w+)$/.test(name)) return { base: 3 }; // [E] Docs batches edits until saveAndClose
  if (service === 'DriveApp' && method && /^(getFileById|getFolderById|setSharing|addViewers?|addEditors?|moveTo|setTrashed|getFilesByName|getFoldersByName)$/.test(name)) return { base: 150 }; // [E]
  return LIGHT;
}

export function costOf(key: string, cellsRead: number, cellsWritten: number): number {
  const p = priceOf(key);
  return p.base + (p.perCellRead ?? 0) * cellsRead + (p.perCellWritten ?? 0) * cellsWritten;
}
