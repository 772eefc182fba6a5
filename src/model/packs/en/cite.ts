/** Shared by the parts of the default English pack: the cited-text helper and the most cited reference ids. */
import type { Cited } from '../../types.js';

/** A teaching text with the reference ids it draws on. */
export const t = (text: string, ...cite: string[]): Cited => ({ text, cite });

export const PAPER = 'vangen-potter-jacklin-jarvis-2017';
export const PK = 'provan-kenis-2008';
export const VHC = 'vangen-hayes-cornforth-2015';
