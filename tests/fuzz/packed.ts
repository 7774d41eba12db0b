import { deflateRawSync } from 'node:zlib';

/**
 * What src/shared/packedText.ts packText makes (deflate-raw, then base64url), computed
 * synchronously so an arbitrary can build links and codes; the decoder under test is the game's.
 */
export const packSync = (text: string): string => deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
