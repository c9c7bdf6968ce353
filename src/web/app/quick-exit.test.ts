import { describe, expect, it } from 'vitest';
import { createDoubleEscDetector } from './quick-exit';

describe('createDoubleEscDetector', () => {
  it('fires on the second Esc within the window', () => {
    const isDoubleEsc = createDoubleEscDetector(1500);
    expect(isDoubleEsc('Escape', 1000)).toBe(false);
    expect(isDoubleEsc('Escape', 2400)).toBe(true);
  });

  it('does not fire when the presses are too far apart', () => {
    const isDoubleEsc = createDoubleEscDetector(1500);
    expect(isDoubleEsc('Escape', 0)).toBe(false);
    expect(isDoubleEsc('Escape', 1600)).toBe(false);
    expect(isDoubleEsc('Escape', 2000)).toBe(true);
  });

  it('ignores other keys and starts over after firing', () => {
    const isDoubleEsc = createDoubleEscDetector(1500);
    expect(isDoubleEsc('a', 0)).toBe(false);
    expect(isDoubleEsc('Escape', 10)).toBe(false);
    expect(isDoubleEsc('Enter', 20)).toBe(false);
    expect(isDoubleEsc('Escape', 30)).toBe(true);
    expect(isDoubleEsc('Escape', 40)).toBe(false);
  });
});
