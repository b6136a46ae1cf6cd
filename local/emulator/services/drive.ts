// DriveApp: a folder tree of files. Spreadsheets, documents and forms made through their services
// are Drive files too (in the root folder, movable). Blobs of native files come from their service.
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';
import { User } from './session';
import { Blob, toBuffer } from './utilities';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** The largest Blob Apps Script handles (50 MB). */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

export interface DriveEntry {
  id: string;
  name: string;
  mimeType: string;
  parents: Set<string>;
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  access: string;
  permission: string;
  trashed: boolean;
  created: number;
  updated: number;
  description: string | null;
  bytes?: Buffer;
}

const Access = Object.freeze({ ANYONE: 'ANYONE', ANYONE_WITH_LINK: 'ANYONE_WITH_LINK', DOMAIN: 'DOMAIN', DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK', PRIVATE: 'PRIVATE' });
const Permission = Object.freeze({ VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', ORGANIZER: 'ORGANIZER', FILE_ORGANIZER: 'FILE_ORGANIZER', NONE: 'NONE' });

export class DriveStore {
  readonly entries = new Map<string, DriveEntry>();
  rootId: string;
  /** Renders native files (Docs, Sheets, Forms) as blobs: set by the services that own them. */
  readonly renderers = new Map<string, (id: string, mime: string | undefined) => Blob>();

  constructor(private readonly emu: Emulator) {
    this.rootId = 'root';
    this.entries.set(this.rootId, this.newEntry(this.rootId, 'My Drive', FOLDER_MIME, emu.options.owner, []));
  }

  newEntry(id: string, name: string, mimeType: string, owner: string, parents: string[]): DriveEntry {
    const now = this.emu.nowMs();
    return { id, name, mimeType, parents: new Set(parents), owner, editors: new Set(), viewers: new Set(), access: 'PRIVATE', permission: 'NONE', trashed: false, created: now, updated: now, description: null };
  }

  registerNative(id: string, name: string, mimeType: string, owner: string): DriveEntry {
    const e = this.newEntry(id, name, mimeType, owner, [this.rootId]);
    this.entries.set(id, e);
    return e;
  }

  add(name: string, mimeType: string, parent: string, bytes?: Buffer): DriveEntry {
    const id = this.emu.ids.next(mimeType === FOLDER_MIME ? 'folder' : 'file');
    const e = this.newEntry(id, name, mimeType, this.emu.effectiveUser, [parent]);
    if (bytes) e.bytes = bytes;
    this.entries.set(id, e);
    return e;
  }

  get(id: string): DriveEntry | undefined {
    return this.entries.get(id);
  }

  rename(id: string, name: string): void {
    const e = this.entries.get(id);
    if (e) e.name = name;
  }

  isTrashed(id: string): boolean {
    return this.entries.get(id)?.trashed ?? false;
  }

  children(folderId: string, folders: boolean): DriveEntry[] {
    return [...this.entries.values()].filter((e) => e.parents.has(folderId) && !e.trashed && (e.mimeType === FOLDER_MIME) === folders);
  }

  /** Folder path of an entry from the root, e.g. ["Registrar", "Reports"]. */
  pathOf(id: string): string[] {
    const out: string[] = [];
    let e = this.entries.get(id);
    const seen = new Set<string>();
    while (e && e.id !== this.rootId && !seen.has(e.id)) {
      seen.add(e.id);
      const parent = [...e.parents][0];
      e = parent ? this.entries.get(parent) : undefined;
      if (e && e.id !== this.rootId) out.unshift(e.name);
    }
    return out;
  }
}

function entryOrFail(emu: Emulator, id: string, what: 'file' | 'folder'): DriveEntry {
  const e = emu.drive.get(String(id));
  if (!e || (what === 'folder') !== (e.mimeType === FOLDER_MIME)) fail(`No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`);
  return e;
}

abstract class DriveItem extends GasObject {
  constructor(emu: Emulator, readonly _entry: DriveEntry) {
    super(emu);
  }
  getId(): string {
    return this._entry.id;
  }
  getName(): string {
    return this._entry.name;
  }
  setName(name: string): this {
    this._entry.name = String(name);
    const native = this._emu.spreadsheets.get(this._entry.id) ?? this._emu.documents.get(this._entry.id);
    if (native && '_name' in native) (native as { _name: string })._name = this._entry.name;
    return this;
  }
  getDescription(): string | null {
    return this._entry.description;
  }
  setDescription(d: string): this {
    this._entry.description = String(d);
    return this;
  }
  getDateCreated(): Date {
    return new Date(this._entry.created);
  }
  getLastUpdated(): Date {
    return new Date(this._entry.updated);
  }
  getOwner(): User {
    return new User(this._emu, this._entry.owner);
  }
  getParents(): FolderIterator {
    return new FolderIterator(this._emu, [...this._entry.parents].map((p) => this._emu.drive.get(p)).filter((e): e is DriveEntry => !!e));
  }
  setSharing(accessType: string, permissionType: string): this {
    this._entry.access = String(accessType);
    this._entry.permission = String(permissionType);
    return this;
  }
  getSharingAccess(): string {
    return this._entry.access;
  }
  getSharingPermission(): string {
    return this._entry.permission;
  }
  addViewer(user: string | User): this {
    this._entry.viewers.add(user instanceof User ? user._email : String(user));
    return this;
  }
  addViewers(users: string[]): this {
    for (const u of users) this.addViewer(u);
    return this;
  }
  addEditor(user: string | User): this {
    this._entry.editors.add(user instanceof User ? user._email : String(user));
    return this;
  }
  addEditors(users: string[]): this {
    for (const u of users) this.addEditor(u);
    return this;
  }
  getViewers(): User[] {
    return [...this._entry.viewers].map((e) => new User(this._emu, e));
  }
  getEditors(): User[] {
    return [...this._entry.editors].map((e) => new User(this._emu, e));
  }
  removeViewer(user: string | User): this {
    this._entry.viewers.delete(user instanceof User ? user._email : String(user));
    return this;
  }
  setTrashed(trashed: boolean): this {
    this._entry.trashed = Boolean(trashed);
    return this;
  }
  isTrashed(): boolean {
    return this._entry.trashed;
  }
  moveTo(destination: Folder): this {
    this._entry.parents = new Set([destination._entry.id]);
    return this;
  }
}

export class File extends DriveItem {
  static override gasType = 'Drive.File';
  static override service = 'DriveApp';
  getMimeType(): string {
    return this._entry.mimeType;
  }
  getUrl(): string {
    const id = this._entry.id;
    switch (this._entry.mimeType) {
      case 'application/vnd.google-apps.spreadsheet':
        return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
      case 'application/vnd.google-apps.document':
        return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
      case 'application/vnd.google-apps.form':
        return `https://docs.google.com/forms/d/${id}/edit?usp=drivesdk`;
      default:
        return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
    }
  }
  getSize(): number {
    return this._entry.bytes?.length ?? 0;
  }
  getBlob(): Blob {
    return this.getAs(undefined);
  }
  getAs(contentType: string | undefined): Blob {
    const render = this._emu.drive.renderers.get(this._entry.mimeType);
    if (render) return render(this._entry.id, contentType);
    const blob = new Blob(this._emu, Buffer.from(this._entry.bytes ?? Buffer.alloc(0)), this._entry.mimeType, this._entry.name);
    return contentType && contentType !== this._entry.mimeType ? blob.getAs(contentType) : blob;
  }
  makeCopy(a?: unknown, b?: unknown): File {
    const name = typeof a === 'string' ? a : `Copy of ${this._entry.name}`;
    const folder = (typeof a === 'string' ? b : a) as Folder | undefined;
    const parent = folder instanceof Folder ? folder._entry.id : [...this._entry.parents][0] ?? this._emu.drive.rootId;
    const copier = this._emu.driveCopiers.get(this._entry.mimeType);
    if (copier) {
      const id = copier(this._entry.id, name);
      const e = this._emu.drive.get(id);
      if (!e) fail('Copy failed');
      e.parents = new Set([parent]);
      return new File(this._emu, e);
    }
    const e = this._emu.drive.add(name, this._entry.mimeType, parent, Buffer.from(this._entry.bytes ?? Buffer.alloc(0)));
    return new File(this._emu, e);
  }
  setContent(content: string): File {
    this._entry.bytes = Buffer.from(String(content), 'utf8');
    return this;
  }
}

export class Folder extends DriveItem {
  static override gasType = 'Drive.Folder';
  static override service = 'DriveApp';
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._entry.id}`;
  }
  createFolder(name: string): Folder {
    return new Folder(this._emu, this._emu.drive.add(String(name), FOLDER_MIME, this._entry.id));
  }
  createFile(a: unknown, content?: string, mimeType?: string): File {
    if (a instanceof Blob) {
      // Apps Script blobs hold at most 50 MB (52,428,800 bytes); a larger one cannot become a file this way.
      if (a._bytes.length > MAX_BLOB_BYTES) fail(`File ${a._name ?? 'Untitled'} exceeds the maximum file size.`);
      const e = this._emu.drive.add(a._name ?? 'Untitled', a._contentType ?? 'application/octet-stream', this._entry.id, Buffer.from(a._bytes));
      return new File(this._emu, e);
    }
    const e = this._emu.drive.add(String(a), mimeType ?? 'text/plain', this._entry.id, toBuffer(content ?? ''));
    return new File(this._emu, e);
  }
  addFile(file: File): Folder {
    file._entry.parents.add(this._entry.id);
    return this;
  }
  removeFile(file: File): Folder {
    file._entry.parents.delete(this._entry.id);
    return this;
  }
  getFiles(): FileIterator {
    return new FileIterator(this._emu, this._emu.drive.children(this._entry.id, false));
  }
  getFolders(): FolderIterator {
    return new FolderIterator(this._emu, this._emu.drive.children(this._entry.id, true));
  }
  getFilesByName(name: string): FileIterator {
    return new FileIterator(this._emu, this._emu.drive.children(this._entry.id, false).filter((e) => e.name === String(name)));
  }
  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(this._emu, this._emu.drive.children(this._entry.id, true).filter((e) => e.name === String(name)));
  }
}

export class FileIterator extends GasObject {
  static override gasType = 'Drive.FileIterator';
  static override service = 'DriveApp';
  private i = 0;
  constructor(emu: Emulator, readonly _items: DriveEntry[]) {
    super(emu);
  }
  hasNext(): boolean {
    return this.i < this._items.length;
  }
  next(): File {
    if (this.i >= this._items.length) fail('Cannot retrieve the next object: iterator has reached the end.');
    return new File(this._emu, this._items[this.i++]);
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

export class FolderIterator extends GasObject {
  static override gasType = 'Drive.FolderIterator';
  static override service = 'DriveApp';
  private i = 0;
  constructor(emu: Emulator, readonly _items: DriveEntry[]) {
    super(emu);
  }
  hasNext(): boolean {
    return this.i < this._items.length;
  }
  next(): Folder {
    if (this.i >= this._items.length) fail('Cannot retrieve the next object: iterator has reached the end.');
    return new Folder(this._emu, this._items[this.i++]);
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

export class DriveAppImpl extends GasObject {
  static override gasType = 'Drive.DriveApp';
  static override service = 'DriveApp';
  readonly Access = Access;
  readonly Permission = Permission;
  getRootFolder(): Folder {
    return new Folder(this._emu, entryOrFail(this._emu, this._emu.drive.rootId, 'folder'));
  }
  createFolder(name: string): Folder {
    return this.getRootFolder().createFolder(name);
  }
  createFile(a: unknown, content?: string, mimeType?: string): File {
    return this.getRootFolder().createFile(a, content, mimeType);
  }
  getFolderById(id: string): Folder {
    return new Folder(this._emu, entryOrFail(this._emu, id, 'folder'));
  }
  getFileById(id: string): File {
    return new File(this._emu, entryOrFail(this._emu, id, 'file'));
  }
  getFilesByName(name: string): FileIterator {
    return new FileIterator(this._emu, [...this._emu.drive.entries.values()].filter((e) => e.mimeType !== FOLDER_MIME && !e.trashed && e.name === String(name)));
  }
  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(this._emu, [...this._emu.drive.entries.values()].filter((e) => e.mimeType === FOLDER_MIME && !e.trashed && e.id !== this._emu.drive.rootId && e.name === String(name)));
  }
  getFiles(): FileIterator {
    return new FileIterator(this._emu, [...this._emu.drive.entries.values()].filter((e) => e.mimeType !== FOLDER_MIME && !e.trashed));
  }
  getFolders(): FolderIterator {
    return new FolderIterator(this._emu, [...this._emu.drive.entries.values()].filter((e) => e.mimeType === FOLDER_MIME && !e.trashed && e.id !== this._emu.drive.rootId));
  }
}
