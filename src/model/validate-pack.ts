/** `validatePack(input)`: `checkPack` over the English default pack unless another base is given. */
import { defaultPack } from './packs/en.js';
import type { ContentPack, PackResult } from './types.js';
import { checkPack } from './validate.js';

export interface ValidateOptions {
  /** The pack a partial pack is merged over. Default: the English default pack. */
  base?: ContentPack;
}

export function validatePack(input: unknown, options: ValidateOptions = {}): PackResult {
  return checkPack(input, options.base ?? defaultPack);
}
