// The Drive port on DriveApp: the add-on's own folder tree (drive.file scope reaches only what it created), files found by name, uploads, view sharing.

import type { Drive, DriveFileRef, KeyValueStore } from '../ports';

/** Document-property key of the add-on's root folder id for this workbook. */
export const ROOT_FOLDER_KEY = 'drive.rootFolderId';
/** Prefix of the document-property keys remembering sub-folder ids by path ('drive.folder:2026-2027/autumn'). */
export const FOLDER_KEY_PREFIX = 'drive.folder:';

const EMAIL = /^[^\s@'"<>=]+@[^\s@'"<>]+\.[^\s@'"<>]+$/;

export function fileRef(file: GoogleAppsScript.Drive.File): DriveFileRef {
  return { id: file.getId(), name: file.getName(), url: file.getUrl() };
}

export class GasDrive implements Drive {
  /** Folder ids resolved in this execution, by path: a second folder() of one path costs no service call. */
  private readonly resolved = new Map<string, string>();

  /**
   * @param properties document properties (the root folder id is remembered there)
   * @param rootName name of the root folder when it must be made, e.g. "Registrar — <workbook name>"
   */
  constructor(
    private readonly properties: KeyValueStore,
    private readonly rootName: string,
  ) {}

  folder(path: string[]): string {
    const key = path.join('/');
    const known = this.resolved.get(key);
    if (known) return known;
    const id = path.length === 0 ? this.rootId() : this.childId(path);
    this.resolved.set(key, id);
    return id;
  }

  createTextFile(folderId: string, name: string, content: string, mimeType: string): DriveFileRef {
    const existing = this.findFile(folderId, name);
    if (existing) {
      const file = DriveApp.getFileById(existing.id);
      file.setContent(content);
      return existing;
    }
    return fileRef(DriveApp.getFolderById(folderId).createFile(name, content, mimeType));
  }

  /** The bytes decoded by Apps Script (a Blob holds at most 50 MB), then one createFile in the folder. */
  uploadFile(folderId: string, name: string, base64: string, mimeType: string, description: string): DriveFileRef {
    const blob = Utilities.newBlob(Utilities.base64Decode(base64), mimeType, name);
    const file = DriveApp.getFolderById(folderId).createFile(blob);
    if (description) file.setDescription(description);
    return fileRef(file);
  }

  /** Adds view access for the emails that do not have it yet (re-running shares nothing twice); ignores text that is not an email. */
  shareView(fileId: string, emails: string[]): void {
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => EMAIL.test(e)))];
    if (wanted.length === 0) return;
    const file = DriveApp.getFileById(fileId);
    const has = new Set<string>();
    for (const user of [...file.getViewers(), ...file.getEditors()]) has.add(user.getEmail().toLowerCase());
    const add = wanted.filter((e) => !has.has(e));
    if (add.length > 0) file.addViewers(add);
  }

  findFile(folderId: string, name: string): DriveFileRef | null {
    const files = DriveApp.getFolderById(folderId).getFilesByName(name);
    while (files.hasNext()) {
      const file = files.next();
      if (!file.isTrashed()) return fileRef(file);
    }
    return null;
  }

  private rootId(): string {
    const id = this.properties.get(ROOT_FOLDER_KEY);
    if (id && folderUsable(id)) return id;
    const made = DriveApp.createFolder(this.rootName).getId();
    this.properties.set(ROOT_FOLDER_KEY, made);
    return made;
  }

  /** A sub-folder by path: its remembered id when still usable, else found by name under its parent or made. */
  private childId(path: string[]): string {
    const key = FOLDER_KEY_PREFIX + path.join('/');
    const remembered = this.properties.get(key);
    if (remembered && folderUsable(remembered)) return remembered;
    const parentId = this.folder(path.slice(0, -1));
    const parent = DriveApp.getFolderById(parentId);
    const name = path[path.length - 1];
    const found = parent.getFoldersByName(name);
    let id = '';
    while (found.hasNext()) {
      const f = found.next();
      if (!f.isTrashed()) {
        id = f.getId();
        break;
      }
    }
    if (!id) id = parent.createFolder(name).getId();
    this.properties.set(key, id);
    return id;
  }
}

function folderUsable(id: string): boolean {
  try {
    return !DriveApp.getFolderById(id).isTrashed();
  } catch {
    return false;
  }
}

export function createDrive(properties: KeyValueStore, rootName: string): Drive {
  return new GasDrive(properties, rootName);
}
