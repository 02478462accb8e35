import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../renderer/features/project/encode';

describe('bytesToBase64', () => {
  it('matches Node for bytes spanning several chunks', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes nothing as the empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
