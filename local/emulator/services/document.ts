// DocumentApp (filled in below this milestone).
import { GasObject } from '../core/gas';

export interface DocumentFile {
  id: string;
}

export class DocumentAppImpl extends GasObject {
  static override gasType = 'Document.DocumentApp';
  static override service = 'DocumentApp';
}
