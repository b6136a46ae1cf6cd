// Charts (filled in below this milestone).
import { GasObject } from '../core/gas';

export class ChartsApp extends GasObject {
  static override gasType = 'Charts.Charts';
  static override service = 'Charts';
}
