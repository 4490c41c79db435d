// Which authority a setting sends to, and which custom URLs Proofpack refuses to send a hash to.
import { describe, expect, it } from 'vitest';
import {
  chosenAuthority,
  customAuthority,
  originPattern,
  TIMESTAMPS_OFF,
} from '../../../../src/domain/timestamp/authorities';

describe('time-stamping authorities', () => {
  it.each([
    ['https://tsa.example.com/tsr', 'tsa.example.com'],
    ['http://127.0.0.1:8080/tsr', '127.0.0.1:8080'],
    ['http://localhost:3161', 'localhost:3161'],
  ])('accepts %s', (url, name) => {
    expect(customAuthority(url)?.name).toBe(name);
  });

  it.each([
    'http://tsa.example.com/tsr', // a hash over plain HTTP to another machine: only the named preset may
    'ftp://tsa.example.com',
    'https://user:secret@tsa.example.com/',
    'https://tsa.example.com/#x',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(customAuthority(url)).toBeNull();
  });

  it('chooses nothing while off, the preset or the custom URL while on', () => {
    expect(chosenAuthority(TIMESTAMPS_OFF)).toBeNull();
    expect(chosenAuthority({ ...TIMESTAMPS_OFF, enabled: true })?.url).toBe('https://freetsa.org/tsr');
    expect(chosenAuthority({ enabled: true, authority: 'digicert', customUrl: '' })?.url).toBe(
      'http://timestamp.digicert.com',
    );
    expect(chosenAuthority({ enabled: true, authority: 'custom', customUrl: 'http://example.com' })).toBeNull();
  });

  it('asks the browser for the authority origin only', () => {
    const sectigo = chosenAuthority({ enabled: true, authority: 'sectigo', customUrl: '' });
    expect(sectigo && originPattern(sectigo)).toBe('https://timestamp.sectigo.com/*');
    const local = customAuthority('http://127.0.0.1:8080/tsr');
    expect(local && originPattern(local)).toBe('http://127.0.0.1/*');
  });
});
