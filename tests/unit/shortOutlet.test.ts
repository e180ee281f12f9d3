import { expect, it } from 'vitest';
import { shortOutlet } from '../../src/lib/summary/shortOutlet';

it('shortens an outlet to its acronym or the name before any aside', () => {
  expect(shortOutlet('Bundesamt für Sicherheit in der Informationstechnik (BSI)')).toBe('BSI');
  expect(shortOutlet('U.S. Cybersecurity and Infrastructure Security Agency (CISA)')).toBe('CISA');
  expect(shortOutlet('Federal Register (U.S. Department of Commerce)')).toBe('Federal Register');
  expect(shortOutlet('Federal Communications Commission, Public Safety and Homeland Security Bureau')).toBe(
    'Federal Communications Commission',
  );
  expect(shortOutlet('U.S. Congress')).toBe('U.S. Congress');
  expect(shortOutlet('heise online (English edition)')).toBe('heise online');
});
